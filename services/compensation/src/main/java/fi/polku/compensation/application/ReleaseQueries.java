package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.WithheldRelease;

import java.util.List;

public interface ReleaseQueries {

    List<WithheldRelease> all();

    List<WithheldRelease> of(String municipality);
}

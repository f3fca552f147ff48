package fi.polku.placement.application;

import fi.polku.placement.domain.Agreement;

import java.util.List;

public interface AgreementQueries {

    List<Agreement> all();
}

package fi.polku.notification.application;

import fi.polku.notification.domain.Municipality;

import java.util.Optional;

/** The municipalities Polku knows (reference data). */
public interface Municipalities {

    Optional<Municipality> find(String code);
}

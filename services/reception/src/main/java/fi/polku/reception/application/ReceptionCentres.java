package fi.polku.reception.application;

import fi.polku.reception.domain.ReceptionCentre;

import java.util.List;
import java.util.Optional;

/** The reception centres Polku knows. */
public interface ReceptionCentres {

    Optional<ReceptionCentre> find(String id);

    List<ReceptionCentre> all();
}

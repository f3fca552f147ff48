package fi.polku.reception.domain;

import fi.polku.events.Needs;

import java.time.LocalDate;
import java.util.List;

/** The placement application (kuntasijoitushakemus) as sent; pseudonymous by construction. */
public record PlacementApplication(String applicationId, LocalDate submittedOn, Needs needs, List<String> languages,
                                   List<String> familyTiesMunicipalities, List<String> wishedMunicipalities) {
}

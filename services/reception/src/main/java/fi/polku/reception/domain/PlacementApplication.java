package fi.polku.reception.domain;

import fi.polku.events.Needs;

import java.time.LocalDate;
import java.util.List;

/** The placement application (kuntasijoitushakemus) as sent; pseudonymous by construction. */
public record PlacementApplication(String applicationId, LocalDate submittedOn, Needs needs, List<String> languages,
                                   List<String> familyTiesMunicipalities, List<String> wishedMunicipalities) {

    /** The application as kept after the retention period: the needs (health information) are gone. */
    PlacementApplication withoutNeeds() {
        return new PlacementApplication(applicationId, submittedOn, null, languages, familyTiesMunicipalities,
                wishedMunicipalities);
    }
}

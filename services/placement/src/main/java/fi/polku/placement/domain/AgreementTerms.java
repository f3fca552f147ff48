package fi.polku.placement.domain;

import java.time.LocalDate;
import java.util.List;

/** What the regional authority and the municipality agreed, as the coordinator records it. */
public record AgreementTerms(LocalDate validFrom, LocalDate validTo, List<ConfirmedPlaces> places,
                             boolean takesEmergencyCases, IntegrationProgramme integrationProgramme) {
}

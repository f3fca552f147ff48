package fi.polku.events.placement;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's placement agreement as it now stands: validity, confirmed places per year and group, and the
 * integration programme (kotoutumisohjelma) it has registered; both are preconditions for compensation.
 */
public record AgreementChanged(String municipality, LocalDate validFrom, LocalDate validTo,
                               List<ConfirmedPlaces> places, boolean takesEmergencyCases,
                               IntegrationProgramme integrationProgramme) implements PolkuEvent {

    public record ConfirmedPlaces(int year, String group, int places) {
    }

    public record IntegrationProgramme(LocalDate validFrom, LocalDate validTo) {
    }

    @Override
    public String subject() {
        return municipality;
    }
}

package fi.polku.events.reception;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** A residence permit was granted to a resident of a reception centre. */
public record PermitGranted(String householdId, String personId, String receptionCentreId, LocalDate decisionDate,
                            String permitType, IntegrationGroup integrationGroup) implements PolkuEvent {

    @Override
    public String subject() {
        return householdId;
    }
}

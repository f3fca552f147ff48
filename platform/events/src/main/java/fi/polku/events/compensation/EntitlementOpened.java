package fi.polku.events.compensation;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** A person's calculated compensation period opened; the municipality is paid monthly from it. */
public record EntitlementOpened(String entitlementId, String personId, String householdId, String municipality,
                                LocalDate periodStart, LocalDate periodEnd, String compensationGroup)
        implements PolkuEvent {

    @Override
    public String subject() {
        return entitlementId;
    }
}

package fi.polku.events.placement;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** The municipality did not answer before the deadline; the case returns to the coordinator's queue. */
public record OfferExpired(String caseId, String offerId, String householdId, String municipality,
                           LocalDate deadline) implements PolkuEvent {

    @Override
    public String subject() {
        return caseId;
    }
}

package fi.polku.events.placement;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** The municipality declined the offer with a reason code; the case returns to the coordinator's queue. */
public record OfferDeclined(String caseId, String offerId, String householdId, String municipality, String reason,
                            LocalDate declinedOn) implements PolkuEvent {

    @Override
    public String subject() {
        return caseId;
    }
}

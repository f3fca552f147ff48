package fi.polku.events.placement;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** The municipality accepted the offer: it has reserved the places and commits to finding housing. */
public record OfferAccepted(String caseId, String offerId, String householdId, String municipality,
                            LocalDate acceptedOn) implements PolkuEvent {

    @Override
    public String subject() {
        return caseId;
    }
}

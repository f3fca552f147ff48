package fi.polku.events.placement;

import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator offered a case to a municipality. The profile is anonymised: ages, needs and languages only.
 */
public record OfferMade(String caseId, String offerId, String householdId, String municipality, LocalDate deadline,
                        Profile profile) implements PolkuEvent {

    public record Profile(List<Integer> memberAges, Needs needs, List<String> languages) {
    }

    @Override
    public String subject() {
        return caseId;
    }
}

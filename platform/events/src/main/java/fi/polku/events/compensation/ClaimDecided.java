package fi.polku.events.compensation;

import fi.polku.events.PolkuEvent;

/** A compensation officer decided a municipality's claim of actual costs; approved amounts go to the next run. */
public record ClaimDecided(String claimId, String municipality, String personId, String claimType, String decision,
                           long claimedCents, long approvedCents, DecisionReason reason) implements PolkuEvent {

    @Override
    public String subject() {
        return claimId;
    }
}

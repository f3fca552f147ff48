package fi.polku.events.compensation;

import fi.polku.events.PolkuEvent;

/**
 * A compensation officer decided a municipality's application to a supplementary programme; approved one-off
 * amounts go to the next payment run.
 */
public record SupplementaryApplicationDecided(String applicationId, String programme, String municipality,
                                              String decision, int personCount, long approvedCents, DecisionReason reason)
        implements PolkuEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}

package fi.polku.events.compensation;

import fi.polku.events.PolkuEvent;

/**
 * A payment run held back a municipality's lines for one reason: the preconditions of the calculated compensation
 * (an agreement and an integration programme in force on the month's first day) were not met.
 */
public record PaymentWithheld(String runId, String month, String municipality, String reason, int lineCount,
                              long withheldCents, String howToRelease) implements PolkuEvent {

    @Override
    public String subject() {
        return runId;
    }
}

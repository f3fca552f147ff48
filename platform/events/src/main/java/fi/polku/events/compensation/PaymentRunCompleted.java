package fi.polku.events.compensation;

import fi.polku.events.PolkuEvent;

import java.time.Instant;
import java.util.List;

/**
 * The payment run of a month is complete: one payment proposal per municipality and per wellbeing services county,
 * with their payable and withheld totals in cents. Closed runs never change; later corrections are adjustment lines
 * of a later run.
 */
public record PaymentRunCompleted(String runId, String month, Instant completedAt, long payableCents,
                                  long withheldCents, List<Proposal> proposals) implements PolkuEvent {

    /**
     * One payment proposal: {@code payee} is a municipality code when {@code payeeKind} is MUNICIPALITY, the
     * wellbeing services county (or the City of Helsinki) when it is WELLBEING_COUNTY.
     */
    public record Proposal(String proposalId, String payeeKind, String payee, long payableCents, long withheldCents,
                           int lineCount) {
    }

    public PaymentRunCompleted {
        proposals = List.copyOf(proposals);
    }

    @Override
    public String subject() {
        return runId;
    }
}

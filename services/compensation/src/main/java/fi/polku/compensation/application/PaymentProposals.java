package fi.polku.compensation.application;

import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.ProposalSummary;
import fi.polku.kit.domain.NotFound;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** The payment proposals of completed runs and their lines. */
public class PaymentProposals {

    /** A proposal of a completed run. */
    public record Proposal(PaymentRun run, ProposalSummary summary) {
    }

    private final PaymentRuns runs;
    private final ProposalLines lines;

    public PaymentProposals(PaymentRuns runs, ProposalLines lines) {
        this.runs = runs;
        this.lines = lines;
    }

    public Proposal proposal(YearMonth month, String proposalId) {
        PaymentRun run = runs.get(month);
        return run.proposal(proposalId).filter(p -> run.completed()).map(p -> new Proposal(run, p))
                .orElseThrow(() -> new NotFound("payment proposal", proposalId));
    }

    /** One page of a proposal's lines, optionally only those of one status. */
    public List<PaymentLine> lines(Proposal proposal, LineStatus status, int page, int size) {
        try (Stream<PaymentLine> all = all(proposal)) {
            return all.filter(l -> status == null || l.status() == status).skip((long) page * size).limit(size)
                    .toList();
        }
    }

    /** Every line of a proposal, as stored; the caller closes the stream. */
    public Stream<PaymentLine> all(Proposal proposal) {
        return lines.all(proposal.run().id(), proposal.summary().proposalId(), proposal.summary().batchCount());
    }
}

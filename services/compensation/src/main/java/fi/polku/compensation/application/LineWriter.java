package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.RunTally;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects a run's lines per payee and stores them in batches of a bounded size, counting them as it goes. */
final class LineWriter {

    private final String runId;
    private final YearMonth month;
    private final ProposalLines store;
    private final int batchSize;
    private final RunTally tally;
    private final Map<Payee, List<PaymentLine>> pending = new HashMap<>();

    LineWriter(String runId, YearMonth month, ProposalLines store, int batchSize) {
        this.runId = runId;
        this.month = month;
        this.store = store;
        this.batchSize = batchSize;
        this.tally = new RunTally(month);
    }

    void add(PaymentLine line) {
        tally.add(line);
        List<PaymentLine> lines = pending.computeIfAbsent(line.payee(), p -> new ArrayList<>());
        lines.add(line);
        if (lines.size() >= batchSize) {
            flush(line.payee(), lines);
        }
    }

    private void flush(Payee payee, List<PaymentLine> lines) {
        if (!lines.isEmpty()) {
            store.write(runId, payee.proposalId(month), tally.nextBatch(payee), List.copyOf(lines));
            lines.clear();
        }
    }

    /** Stores what is left and returns the counts. */
    RunTally finish() {
        pending.forEach(this::flush);
        return tally;
    }
}

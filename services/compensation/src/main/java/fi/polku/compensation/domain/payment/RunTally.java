package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.WithholdingReason;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts a run's lines as they are written: per proposal, and what was withheld per municipality and reason. */
public final class RunTally {

    private record WithheldKey(String municipality, WithholdingReason reason) implements Comparable<WithheldKey> {
        @Override
        public int compareTo(WithheldKey o) {
            int byMunicipality = municipality.compareTo(o.municipality);
            return byMunicipality != 0 ? byMunicipality : reason.compareTo(o.reason);
        }
    }

    private static final class Proposal {
        LineTotals payable = LineTotals.ZERO;
        long withheldCents;
        int lines;
        int withheldLines;
        int batches;
    }

    private final YearMonth month;
    private final Map<Payee, Proposal> proposals = new TreeMap<>();
    private final Map<WithheldKey, WithheldTotal> withheld = new TreeMap<>();

    public RunTally(YearMonth month) {
        this.month = month;
    }

    public void add(PaymentLine line) {
        Proposal p = proposals.computeIfAbsent(line.payee(), k -> new Proposal());
        p.lines++;
        if (line.status() == LineStatus.WITHHELD) {
            p.withheldLines++;
            p.withheldCents += line.cents();
            withheld.merge(new WithheldKey(line.municipality(), line.reason()),
                    new WithheldTotal(line.municipality(), line.reason(), 1, line.cents()),
                    (a, b) -> new WithheldTotal(a.municipality(), a.reason(), a.lineCount() + b.lineCount(),
                            a.cents() + b.cents()));
        } else {
            p.payable = p.payable.plus(line.type(), line.cents());
        }
    }

    /** Records that one more batch of {@code payee}'s lines was stored; returns its sequence number. */
    public int nextBatch(Payee payee) {
        return proposals.computeIfAbsent(payee, k -> new Proposal()).batches++;
    }

    public List<ProposalSummary> proposals() {
        return proposals.entrySet().stream().filter(e -> e.getValue().lines > 0)
                .map(e -> new ProposalSummary(e.getKey().proposalId(month), e.getKey(), e.getValue().payable,
                        e.getValue().withheldCents, e.getValue().lines, e.getValue().withheldLines,
                        e.getValue().batches))
                .toList();
    }

    public List<WithheldTotal> withheld() {
        return List.copyOf(withheld.values());
    }
}

package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.payment.LineTotals;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.ProposalSummary;

import java.time.Instant;
import java.util.List;

/** What the payment run endpoints answer; money in integer cents. */
final class PaymentViews {

    private PaymentViews() {
    }

    record RunView(String runId, String month, String status, String startedBy, Instant startedAt,
                   Instant completedAt, int entitlementCount, long payableCents, long withheldCents,
                   List<ProposalView> proposals) {

        static RunView of(PaymentRun run, List<ProposalSummary> shown) {
            return new RunView(run.id(), run.month().toString(), run.status().name(), run.startedBy(),
                    run.startedAt(), run.completedAt().orElse(null), run.entitlementCount(), run.payableCents(),
                    run.withheldCents(), shown.stream().map(p -> ProposalView.of(run, p)).toList());
        }
    }

    record ProposalView(String proposalId, String month, String payeeKind, String payee, TotalsView payable,
                        long payableCents, long withheldCents, int lineCount, int withheldLineCount) {

        static ProposalView of(PaymentRun run, ProposalSummary p) {
            return new ProposalView(p.proposalId(), run.month().toString(), p.payee().kind().name(), p.payee().id(),
                    TotalsView.of(p.payable()), p.payableCents(), p.withheldCents(), p.lineCount(),
                    p.withheldLineCount());
        }
    }

    record TotalsView(long calculatedCents, long claimCents, long supplementaryCents, long adjustmentCents) {

        static TotalsView of(LineTotals t) {
            return new TotalsView(t.calculatedCents(), t.claimCents(), t.supplementaryCents(), t.adjustmentCents());
        }
    }

    record LineView(String entitlementId, String personId, String month, String type, String ageBand,
                    String municipality, long cents, String status, String reason, String reference) {

        static LineView of(PaymentLine l) {
            return new LineView(l.entitlementId(), l.personId(), l.month().toString(), l.type().name(),
                    l.ageBand() == null ? null : l.ageBand().name(), l.municipality(), l.cents(), l.status().name(),
                    l.reason() == null ? null : l.reason().code(), l.reference());
        }
    }
}

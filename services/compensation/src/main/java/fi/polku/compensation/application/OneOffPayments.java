package fi.polku.compensation.application;

import fi.polku.compensation.domain.claim.CostClaim;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.supplementary.SupplementaryApplication;
import fi.polku.kit.store.Aggregates;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approved claims and supplementary applications are paid once: a run takes those not yet paid (marking each with
 * the run before its lines are written), and a run that is started again finds the ones it took.
 */
public class OneOffPayments {

    private final Aggregates<CostClaim> claims;
    private final ClaimQueries claimQueries;
    private final Aggregates<SupplementaryApplication> applications;
    private final SupplementaryQueries applicationQueries;

    public OneOffPayments(Aggregates<CostClaim> claims, ClaimQueries claimQueries,
                          Aggregates<SupplementaryApplication> applications, SupplementaryQueries applicationQueries) {
        this.claims = claims;
        this.claimQueries = claimQueries;
        this.applications = applications;
        this.applicationQueries = applicationQueries;
    }

    List<PaymentLine> takeInto(String runId, YearMonth month) {
        for (CostClaim claim : claimQueries.awaitingPayment()) {
            claims.update(claim.id(), c -> {
                if (c.awaitingPayment()) {
                    c.payIn(runId, month);
                }
                return List.of();
            });
        }
        for (SupplementaryApplication application : applicationQueries.awaitingPayment()) {
            applications.update(application.id(), a -> {
                if (a.awaitingPayment()) {
                    a.payIn(runId, month);
                }
                return List.of();
            });
        }
        List<PaymentLine> lines = new ArrayList<>();
        claimQueries.paidIn(runId).stream().sorted(Comparator.comparing(CostClaim::id))
                .forEach(c -> lines.add(c.line()));
        applicationQueries.paidIn(runId).stream().sorted(Comparator.comparing(SupplementaryApplication::id))
                .forEach(a -> lines.addAll(a.lines()));
        return lines;
    }
}

package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.LineTotals;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.ProposalSummary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the payment runs of a year paid a municipality, month by month and by line type. */
public class CompensationReports {

    public record MonthTotals(YearMonth month, String proposalId, LineTotals payable, long withheldCents,
                              int lineCount) {
    }

    public record MunicipalityYear(String municipality, int year, List<MonthTotals> months, LineTotals payable,
                                   long withheldCents) {
    }

    private final PaymentRunQueries runs;

    public CompensationReports(PaymentRunQueries runs) {
        this.runs = runs;
    }

    public MunicipalityYear municipalityYear(String municipality, int year) {
        List<MonthTotals> months = new ArrayList<>();
        LineTotals payable = LineTotals.ZERO;
        long withheld = 0;
        for (PaymentRun run : runs.completedIn(year)) {
            Optional<ProposalSummary> proposal = run.proposals().stream()
                    .filter(p -> p.payee().isMunicipality(municipality)).findFirst();
            if (proposal.isPresent()) {
                ProposalSummary p = proposal.get();
                months.add(new MonthTotals(run.month(), p.proposalId(), p.payable(), p.withheldCents(), p.lineCount()));
                payable = payable.plus(p.payable());
                withheld += p.withheldCents();
            }
        }
        return new MunicipalityYear(municipality, year, months, payable, withheld);
    }
}

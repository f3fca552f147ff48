package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.MonthlyLine;
import fi.polku.compensation.domain.Schedule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What should have been paid for a person's months up to and including a run's month. */
public final class Dues {

    private Dues() {
    }

    /**
     * Every month of the schedule up to {@code through} gives the municipality its share and, where the municipality
     * has one, the wellbeing services county its own. A withheld month that was released is due as if payable.
     */
    public static List<Due> of(Schedule schedule, YearMonth through, Set<ReleasedMonth> released) {
        List<Due> dues = new ArrayList<>();
        for (MonthlyLine line : schedule.months()) {
            if (line.month().isAfter(through)) {
                break;
            }
            boolean release = !line.payable()
                    && released.contains(new ReleasedMonth(line.month(), line.municipality()));
            var withheldFor = line.payable() || release ? null : line.reason();
            dues.add(new Due(line.month(), Payee.municipality(line.municipality()), line.municipality(),
                    line.ageBand(), line.municipalityCents(), withheldFor));
            line.countyName().ifPresent(county -> dues.add(new Due(line.month(), Payee.county(county),
                    line.municipality(), line.ageBand(), line.countyCents(), withheldFor)));
        }
        return dues;
    }
}

package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The days, both inclusive, for which the calculated compensation is paid. */
public record CompensationPeriod(LocalDate start, LocalDate end) {

    public CompensationPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
    }

    /** A period of {@code years} ends the day before the anniversary of its start. */
    public static CompensationPeriod ofYears(LocalDate start, int years) {
        return new CompensationPeriod(start, start.plusYears(years).minusDays(1));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The months paid: those whose first day lies inside the period (payment follows the first of the month). */
    public List<YearMonth> paidMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth month = YearMonth.from(start);
        if (start.getDayOfMonth() != 1) {
            month = month.plusMonths(1);
        }
        for (; covers(month.atDay(1)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}

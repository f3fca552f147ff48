package fi.polku.compensation.domain;

import java.util.List;

/** The monthly lines of one person's period; totals count only what is payable. */
public record Schedule(CompensationPeriod period, List<MonthlyLine> months) {

    public Schedule {
        months = List.copyOf(months);
    }

    public long totalMunicipalityCents() {
        return months.stream().filter(MonthlyLine::payable).mapToLong(MonthlyLine::municipalityCents).sum();
    }

    public long totalCountyCents() {
        return months.stream().filter(MonthlyLine::payable).mapToLong(MonthlyLine::countyCents).sum();
    }
}

package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.MonthlyLine;
import fi.polku.compensation.domain.Schedule;

import java.time.LocalDate;
import java.util.List;

/** Monthly lines in cents; totals count payable lines only. */
record ScheduleView(LocalDate periodStart, LocalDate periodEnd, List<MonthView> months, long totalMunicipalityCents,
                    long totalCountyCents) {

    record MonthView(String month, String municipality, String ageBand, long municipalityCents, String county,
                     long countyCents, String status, String reason) {

        static MonthView of(MonthlyLine line) {
            return new MonthView(line.month().toString(), line.municipality(), line.ageBand().name(),
                    line.municipalityCents(), line.county(), line.countyCents(), line.status().name(),
                    line.reason() == null ? null : line.reason().code());
        }
    }

    static ScheduleView of(Schedule schedule) {
        return new ScheduleView(schedule.period().start(), schedule.period().end(),
                schedule.months().stream().map(MonthView::of).toList(), schedule.totalMunicipalityCents(),
                schedule.totalCountyCents());
    }
}

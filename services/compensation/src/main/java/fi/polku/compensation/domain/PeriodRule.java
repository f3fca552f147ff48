package fi.polku.compensation.domain;

import java.time.LocalDate;

/**
 * How long the compensation period of {@code group} is when it starts between {@code startsFrom} and
 * {@code startsUntil} (both inclusive; null means unbounded), with the source of the rule.
 */
public record PeriodRule(LocalDate startsFrom, LocalDate startsUntil, CompensationGroup group, int years,
                         String source) {

    public boolean appliesTo(CompensationGroup g, LocalDate start) {
        return group == g && (startsFrom == null || !start.isBefore(startsFrom))
                && (startsUntil == null || !start.isAfter(startsUntil));
    }
}

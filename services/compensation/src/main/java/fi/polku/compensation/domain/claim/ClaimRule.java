package fi.polku.compensation.domain.claim;

import fi.polku.compensation.domain.CompensationGroup;

import java.time.LocalDate;

/**
 * The rule of a claim type for costs incurred between {@code costsFrom} and {@code costsUntil} (inclusive; null is
 * unbounded): who may claim, for which group ({@code null}: anyone), how far in time, and whether the costs must
 * exceed one year's calculated compensation of the person. Each rule names its source.
 */
public record ClaimRule(ClaimType type, LocalDate costsFrom, LocalDate costsUntil, Claimant claimant,
                        CompensationGroup group, ClaimLimit limit, int years, boolean aboveAnnualCompensation,
                        String source) {

    public boolean covers(LocalDate day) {
        return (costsFrom == null || !day.isBefore(costsFrom)) && (costsUntil == null || !day.isAfter(costsUntil));
    }

    /** Whether some cost day between {@code from} and {@code to} falls under this rule. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (costsFrom == null || !to.isBefore(costsFrom)) && (costsUntil == null || !from.isAfter(costsUntil));
    }

    /** The first cost day under this rule, of those between {@code from} and {@code to}. */
    public LocalDate firstDay(LocalDate from) {
        return costsFrom == null || from.isAfter(costsFrom) ? from : costsFrom;
    }

    /** The last cost day under this rule, of those between {@code from} and {@code to}. */
    public LocalDate lastDay(LocalDate to) {
        return costsUntil == null || to.isBefore(costsUntil) ? to : costsUntil;
    }
}

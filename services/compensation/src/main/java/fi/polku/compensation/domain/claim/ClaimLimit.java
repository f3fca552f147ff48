package fi.polku.compensation.domain.claim;

/** How far in time the costs of a claim type are compensated. */
public enum ClaimLimit {
    /** No time limit. */
    NONE,
    /** Costs until the day before the person's {@code years}th birthday. */
    BEFORE_AGE,
    /** Costs from the first kotikunta day until the day before its {@code years}th anniversary. */
    WITHIN_YEARS_OF_FIRST_RESIDENCE
}

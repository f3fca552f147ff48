package fi.polku.compensation.domain.claim;

/** The actual costs (toteutuneet kustannukset) a municipality may claim, each with its own rules. */
public enum ClaimType {
    /** Special social and health-care costs: within 10 years of the first kotikunta, only when significant. */
    SPECIAL_SOCIAL_HEALTH,
    /** Interpreting and translation: no time limit. */
    INTERPRETING,
    /** Unaccompanied minors' housing, care and after-care: until the day before the 23rd (earlier 25th) birthday. */
    UNACCOMPANIED_MINOR_CARE,
    /** Preparing to receive a quota refugee, e.g. rent while the flat waits. */
    QUOTA_ARRIVAL_PREPARATION,
    /** Other actual costs decided case by case (social assistance, return-migration grant, victims of trafficking). */
    OTHER
}

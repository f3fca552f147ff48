package fi.polku.events.compensation;

/**
 * Why a compensation officer decided a claim or a supplementary application as they did, as a code. The officer's
 * own words (the grounds) stay in compensation: free text about a person may hold health information, and events
 * reach every consumer.
 */
public enum DecisionReason {
    /** The conditions are met and the costs or the cohort are evidenced. */
    ELIGIBILITY_CONFIRMED,
    /** Approved in part: some of the costs or people did not qualify. */
    PARTLY_ELIGIBLE,
    /** The costs, the residence or the cohort were not evidenced. */
    NOT_EVIDENCED,
    /** The conditions of the rule or the programme are not met. */
    NOT_ELIGIBLE,
    /** The costs or the application fall outside the compensation or programme period. */
    OUTSIDE_PERIOD,
    /** Already compensated by another decision. */
    DUPLICATE,
    /** Other grounds: the decision in Polku has them. */
    OTHER
}

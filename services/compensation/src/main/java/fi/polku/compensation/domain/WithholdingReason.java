package fi.polku.compensation.domain;

/** Why a month's compensation is not paid (Act 681/2023: agreement and integration programme are preconditions). */
public enum WithholdingReason {
    NO_AGREEMENT("no-agreement", "The municipality had no placement agreement in force on the first day of the "
            + "month. Once the regional authority records an agreement covering that day, the next payment run pays "
            + "the month; a compensation officer may also release it with the grounds."),
    NO_INTEGRATION_PROGRAMME("no-integration-programme", "The municipality had no integration programme "
            + "(kotoutumisohjelma) in force on the first day of the month. Once it is registered with a validity "
            + "covering that day, the next payment run pays the month; a compensation officer may also release it "
            + "with the grounds.");

    private final String code;
    private final String howToRelease;

    WithholdingReason(String code, String howToRelease) {
        this.code = code;
        this.howToRelease = howToRelease;
    }

    /** What the municipality can do about it, for the notification of a withheld payment. */
    public String howToRelease() {
        return howToRelease;
    }

    /** The stable, machine-readable reason the API shows. */
    public String code() {
        return code;
    }
}

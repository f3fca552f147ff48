package fi.polku.compensation.domain;

/** Why a month's compensation is not paid (Act 681/2023: agreement and integration programme are preconditions). */
public enum WithholdingReason {
    NO_AGREEMENT("no-agreement"),
    NO_INTEGRATION_PROGRAMME("no-integration-programme");

    private final String code;

    WithholdingReason(String code) {
        this.code = code;
    }

    /** The stable, machine-readable reason the API shows. */
    public String code() {
        return code;
    }
}

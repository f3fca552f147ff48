package fi.polku.compensation.domain.claim;

public enum ClaimStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}

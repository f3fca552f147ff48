package fi.polku.compensation.domain.supplementary;

public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}

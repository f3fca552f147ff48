package fi.polku.operations.domain;

/**
 * Where a household stands on the path, in the order of the path. A household moves forward only, except that a
 * declined or expired offer sends it back from {@link #OFFERED} to {@link #WAITING_FOR_OFFER}.
 */
public enum Stage {
    /** A residence permit was granted; no placement application yet. */
    PERMIT,
    /** The reception centre sent the placement application, or the household reported a self-move. */
    APPLIED,
    /** Placement opened a case; no municipality has an open offer. */
    WAITING_FOR_OFFER,
    /** A municipality has an open offer. */
    OFFERED,
    /** The municipality accepted; the assignment follows. */
    ACCEPTED,
    /** Assigned to the municipality (kuntaan osoitus). */
    ASSIGNED,
    /** Moved out of the reception centre. */
    MOVED_OUT,
    /** The municipality of residence (kotikunta) is recorded. */
    SETTLED,
    /** Compensation to the municipality has begun. */
    COMPENSATED;

    /** Stages in which a case waits for its assignment: these count against the target from permit to assignment. */
    public boolean beforeAssignment() {
        return this == WAITING_FOR_OFFER || this == OFFERED || this == ACCEPTED;
    }
}

package fi.polku.kit.security;

/** The roles of ARCHITECTURE.md. A token carries them in its {@code roles} claim. */
public enum Role {
    /** Reception centre staff, scoped to their reception centre ({@code reception_centre} claim). */
    RECEPTION_STAFF,
    /** Regional placement coordinator of an elinvoimakeskus, scoped to a region ({@code region} claim). */
    PLACEMENT_COORDINATOR,
    /** Municipality officer, scoped to a municipality ({@code municipality} claim). */
    MUNICIPALITY_OFFICER,
    /** Compensation officer at KEHA-keskus. */
    COMPENSATION_OFFICER,
    /** Migri officer: quota refugee intake. */
    MIGRI_OFFICER,
    /** The people who run the system: read-only. */
    OPERATOR,
    /** Reads the audit log. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}

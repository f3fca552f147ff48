package fi.polku.kit.audit;

/** What was done with personal data. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT,
    /** The retention purge replaced personal data with nothing (names, codes, contacts, needs gone). */
    ANONYMISE
}

package fi.polku.kit.audit;

/**
 * Why personal data is processed. Each use case declares its purpose; the purposes are those of
 * docs/data-protection.md, and a use case may process personal data only for its own.
 */
public enum Purpose {
    /** Reception centre services for a resident household: registration, permits, the household's file. */
    RECEPTION,
    /** The transition from reception centre to municipality: checklist, consents, competences. */
    TRANSITION,
    /** Finding, offering and assigning a municipal place; releasing quota refugees' data to the municipality. */
    PLACEMENT,
    /** Calculating and paying the state's compensation to municipalities. */
    COMPENSATION,
    /** Telling authorities what happened: recipients' contact details. */
    NOTIFICATION,
    /** Supervising the processing: auditors reading the audit log. */
    AUDIT,
    /** Deleting or anonymising personal data once the retention period is over. */
    RETENTION
}

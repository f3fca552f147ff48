package fi.polku.kit.retention;

/** A service's deletion or anonymisation of personal data past its {@link RetentionPeriod}; run on a schedule. */
public interface RetentionPurge {

    /** Purges what is due; returns how many records it deleted or anonymised. */
    int purge();
}

package fi.polku.operations.application;

import fi.polku.operations.domain.DeadLetter;

/** Where dead letters are kept for the console. */
public interface DeadLetterLog {

    /** Keeps a dead letter; false when the same record was read before (its id is its place in the topic). */
    boolean record(DeadLetter deadLetter);
}

package fi.polku.events;

/**
 * An event that can never be processed as it is: a missing CloudEvents attribute, unreadable JSON or data that
 * violates its schema. Retrying cannot help, so it goes straight to the dead-letter topic.
 */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }

    public EventRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}

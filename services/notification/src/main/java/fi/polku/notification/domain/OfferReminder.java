package fi.polku.notification.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Watches one open offer so that its municipality is reminded once, some time before the deadline, if it has not
 * answered. The reminder's notifications get ids derived from the offer, so a second check makes no second one.
 */
public class OfferReminder {

    public enum Status {
        /** The offer is open and the reminder is still to come. */
        WAITING,
        SENT,
        /** Answered or expired first, or made so close to the deadline that the offer itself is the reminder. */
        NOT_NEEDED
    }

    private String offerId;
    private String caseId;
    private String municipality;
    private LocalDate deadline;
    private Instant remindAt;
    private Status status;

    private OfferReminder() {
        // for the store
    }

    /**
     * @param remindAt when to remind
     * @param madeAt   when the offer was made: an offer made after {@code remindAt} needs no reminder
     */
    public static OfferReminder plan(String offerId, String caseId, String municipality, LocalDate deadline,
                                     Instant remindAt, Instant madeAt) {
        OfferReminder reminder = new OfferReminder();
        reminder.offerId = offerId;
        reminder.caseId = caseId;
        reminder.municipality = municipality;
        reminder.deadline = deadline;
        reminder.remindAt = remindAt;
        reminder.status = remindAt.isAfter(madeAt) ? Status.WAITING : Status.NOT_NEEDED;
        return reminder;
    }

    public boolean isDue(Instant now) {
        return status == Status.WAITING && !remindAt.isAfter(now);
    }

    /** The municipality answered, or the offer expired: no reminder any more. */
    public void closed() {
        if (status == Status.WAITING) {
            status = Status.NOT_NEEDED;
        }
    }

    public void sent() {
        status = Status.SENT;
    }

    public String offerId() {
        return offerId;
    }

    public String caseId() {
        return caseId;
    }

    public String municipality() {
        return municipality;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Status status() {
        return status;
    }
}

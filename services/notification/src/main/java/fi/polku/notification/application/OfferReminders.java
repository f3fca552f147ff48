package fi.polku.notification.application;

import fi.polku.events.placement.OfferMade;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.kit.store.Aggregates.Change;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.OfferReminder;
import fi.polku.notification.domain.Recipient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reminds a municipality of an unanswered offer a configurable time before its deadline (the end of the deadline
 * day in Finnish time). At most one reminder per offer: the reminder's notifications have ids derived from the
 * offer, so a check repeated after a crash, or run by two instances at once, finds them made already.
 */
public class OfferReminders {

    static final int BATCH = 100;

    private final Aggregates<OfferReminder> reminders;
    private final ReminderQueries queries;
    private final NoticeDelivery delivery;
    private final Links links;
    private final Clock clock;
    private final Duration before;
    private final ZoneId zone;

    /** @param before how long before the end of the deadline day to remind */
    public OfferReminders(Aggregates<OfferReminder> reminders, ReminderQueries queries, NoticeDelivery delivery,
                          Links links, Clock clock, Duration before, ZoneId zone) {
        this.reminders = reminders;
        this.queries = queries;
        this.delivery = delivery;
        this.links = links;
        this.clock = clock;
        this.before = before;
        this.zone = zone;
    }

    /** Starts watching a new offer. */
    public void offerMade(IncomingEvent<OfferMade> event) {
        OfferMade offer = event.data();
        Instant madeAt = event.time() == null ? clock.instant() : event.time();
        reminders.createOnce(event.id(), offer.offerId(), () -> new Change<>(OfferReminder.plan(offer.offerId(),
                offer.caseId(), offer.municipality(), offer.deadline(), remindAt(offer.deadline()), madeAt), List.of()));
    }

    /** The offer was answered or expired: no reminder. */
    public void closed(String offerId) {
        reminders.find(offerId).filter(r -> r.status() == OfferReminder.Status.WAITING)
                .ifPresent(r -> reminders.update(offerId, waiting -> {
                    waiting.closed();
                    return List.of();
                }));
    }

    /** The scheduled check: reminds of every offer whose time has come; returns how many. */
    public int remindDue() {
        List<OfferReminder> due = queries.due(clock.instant(), BATCH);
        for (OfferReminder reminder : due) {
            delivery.deliver(reminderId(reminder.offerId()), notice(reminder));
            reminders.update(reminder.offerId(), r -> {
                r.sent();
                return List.of();
            });
        }
        return due.size();
    }

    Instant remindAt(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant().minus(before);
    }

    /** The id standing in for a source event: one per offer, so every channel's reminder is made once. */
    static UUID reminderId(String offerId) {
        return UUID.nameUUIDFromBytes(("offer-reminder|" + offerId).getBytes(StandardCharsets.UTF_8));
    }

    private Notice notice(OfferReminder reminder) {
        String link = links.offer(reminder.offerId());
        return new Notice(Recipient.municipality(reminder.municipality()), NotificationKind.OFFER_EXPIRING,
                reminder.caseId(), link, p -> Map.of(
                "offerId", reminder.offerId(),
                "deadline", p.date(reminder.deadline()),
                "link", link));
    }
}

package fi.polku.notification.application;

import fi.polku.events.Needs;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferMade;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.OfferReminder;
import fi.polku.notification.domain.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder of an unanswered offer: when, once, and not when it is not needed. */
class OfferRemindersTest {

    static final Recipient OULU = Recipient.municipality("564");
    /** The end of 15 March 2026 in Finland (UTC+2) less the two days of the default configuration. */
    static final Instant REMIND_AT = Instant.parse("2026-03-13T22:00:00Z");

    final World world = new World();

    @Test
    void theReminderIsDueTheConfiguredTimeBeforeTheEndOfTheDeadlineDay() {
        assertThat(world.reminders.remindAt(LocalDate.of(2026, 3, 15))).isEqualTo(REMIND_AT);
    }

    @Test
    void anUnansweredOfferIsRemindedOfOnceOnEveryChannel() {
        world.channels.change(OULU, new ChannelSettings.Change(new ChannelSettings.WebhookChange(
                "https://oulu.example/hook", World.SECRET), List.of("kirjaamo@oulu.example"), null));
        world.placement.offerMade(world.event(offer()));

        world.clock.set(REMIND_AT.minusSeconds(1));
        assertThat(world.reminders.remindDue()).isZero();
        world.clock.set(REMIND_AT);
        assertThat(world.reminders.remindDue()).isEqualTo(1);
        assertThat(world.reminders.remindDue()).isZero();

        Notification reminder = world.notifications.only(OULU, Channel.INBOX, NotificationKind.OFFER_EXPIRING);
        assertThat(reminder.messages().get(0).subject()).isEqualTo("Muistutus: kuntapaikkatarjous päättyy 15.3.2026");
        assertThat(reminder.link()).contains("https://placement.example/api/v1/offers/offer-1");
        assertThat(world.notifications.of(OULU, Channel.WEBHOOK)).extracting(Notification::kind)
                .containsExactlyInAnyOrder(NotificationKind.OFFER_MADE, NotificationKind.OFFER_EXPIRING);
        assertThat(world.notifications.of(OULU, Channel.EMAIL)).hasSize(2);
        assertThat(world.reminderStore.find("offer-1").orElseThrow().status()).isEqualTo(OfferReminder.Status.SENT);
    }

    @Test
    void aCheckRepeatedAfterACrashMakesNoSecondReminder() {
        world.placement.offerMade(world.event(offer()));
        world.clock.set(REMIND_AT.plus(Duration.ofHours(1)));
        // a crash after the notifications were made but before the reminder was marked sent
        world.delivery.deliver(OfferReminders.reminderId("offer-1"), new Notice(OULU, NotificationKind.OFFER_EXPIRING,
                "case-1", null, p -> java.util.Map.of("offerId", "offer-1", "deadline", "x", "link", "y")));

        assertThat(world.reminders.remindDue()).isEqualTo(1);
        assertThat(world.notifications.of(OULU, Channel.INBOX)).filteredOn(n ->
                n.kind() == NotificationKind.OFFER_EXPIRING).hasSize(1);
    }

    @Test
    void anAnsweredOfferIsNotRemindedOf() {
        world.placement.offerMade(world.event(offer()));
        world.placement.offerAccepted(world.event(new OfferAccepted("case-1", "offer-1", "hh-1", "564",
                LocalDate.of(2026, 3, 2))));
        world.clock.set(REMIND_AT);

        assertThat(world.reminders.remindDue()).isZero();
        assertThat(world.notifications.of(OULU, Channel.INBOX)).extracting(Notification::kind)
                .containsExactly(NotificationKind.OFFER_MADE);
    }

    @Test
    void anOfferMadeInsideTheReminderWindowIsItsOwnReminder() {
        world.clock.set(REMIND_AT.plus(Duration.ofHours(3)));
        world.placement.offerMade(world.event(offer()));

        assertThat(world.reminderStore.find("offer-1").orElseThrow().status())
                .isEqualTo(OfferReminder.Status.NOT_NEEDED);
        assertThat(world.reminders.remindDue()).isZero();
    }

    @Test
    void aRedeliveredOfferPlansOneReminder() {
        var event = world.event(offer());
        world.placement.offerMade(event);
        world.placement.offerMade(event);

        assertThat(world.reminderStore.all()).hasSize(1);
    }

    static OfferMade offer() {
        return new OfferMade("case-1", "offer-1", "hh-1", "564", LocalDate.of(2026, 3, 15),
                new OfferMade.Profile(List.of(40), Needs.none(), List.of("so")));
    }
}

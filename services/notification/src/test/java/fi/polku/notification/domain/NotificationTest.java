package fi.polku.notification.domain;

import fi.polku.events.Needs;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final List<RenderedMessage> TEXT = List.of(new RenderedMessage(Language.FI, "Aihe", "Teksti"));

    @Test
    void theIdIsDerivedFromEventRecipientAndChannel() {
        UUID event = UUID.randomUUID();
        Recipient helsinki = Recipient.municipality("091");
        String id = Notification.idFor(event, helsinki, Channel.INBOX);

        assertThat(Notification.idFor(event, Recipient.municipality("091"), Channel.INBOX)).isEqualTo(id);
        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes((event + "|municipality:091|INBOX")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertThat(Notification.idFor(event, Recipient.receptionCentre("rc-oulu"), Channel.INBOX)).isNotEqualTo(id);
        assertThat(Notification.idFor(UUID.randomUUID(), helsinki, Channel.INBOX)).isNotEqualTo(id);
    }

    @Test
    void anInboxNotificationIsDeliveredWhenItIsMade() {
        UUID event = UUID.randomUUID();
        Notification n = Notification.inInbox(event, Recipient.municipality("091"), NotificationKind.SETTLED, "case-1",
                null, TEXT, NOW);

        var delivered = n.delivered();
        assertThat(delivered.notificationId()).isEqualTo(n.id());
        assertThat(delivered.recipient()).isEqualTo("municipality:091");
        assertThat(delivered.channel()).isEqualTo("INBOX");
        assertThat(delivered.outcome()).isEqualTo("DELIVERED");
        assertThat(delivered.sourceEventId()).isEqualTo(event.toString());
        assertThat(delivered.at()).isEqualTo(NOW);
        assertThat(n.isRead()).isFalse();
        assertThat(n.link()).isEmpty();
    }

    @Test
    void withdrawnNeedsLeaveTheInboxAndUndeliveredDeliveriesButNotWhatWasDelivered() {
        UUID event = UUID.randomUUID();
        Recipient kuopio = Recipient.municipality("297");
        Needs shared = new Needs(true, false, true, false);
        Needs left = ConsentRevocation.withoutConsent(shared);
        List<RenderedMessage> text = List.of(new RenderedMessage(Language.FI, "Tarjous", "Tarpeet: " + WORDING.apply(
                Language.FI, shared) + ". Kielet: arabia."));
        Notification inbox = Notification.inInbox(event, kuopio, NotificationKind.OFFER_MADE, "case-1", null, text, NOW)
                .wordingNeedsOf("hh-1", shared);
        Notification failed = Notification.toSend(event, kuopio, Channel.WEBHOOK, NotificationKind.OFFER_MADE, "case-1",
                null, text, NOW).wordingNeedsOf("hh-1", shared);
        failed.recordAttempt(NOW, AttemptResult.permanent(400, "Bad Request"), TWICE);
        Notification delivered = Notification.toSend(event, Recipient.wellbeingCounty("pohjois-savo"), Channel.WEBHOOK,
                NotificationKind.OFFER_MADE, "case-1", null, text, NOW).wordingNeedsOf("hh-1", shared);
        delivered.recordAttempt(NOW, AttemptResult.delivered(200), TWICE);

        for (Notification n : List.of(inbox, failed, delivered)) {
            n.withdrawNeeds(left, WORDING);
        }

        assertThat(inbox.messages().get(0).body()).isEqualTo("Tarpeet: suurperhe. Kielet: arabia.");
        assertThat(inbox.needs()).contains(left);
        assertThat(failed.messages().get(0).body()).isEqualTo("Tarpeet: suurperhe. Kielet: arabia.");
        assertThat(delivered.messages()).isEqualTo(text);
        assertThat(delivered.needs()).contains(shared);
    }

    /** A stand-in for the templates' wording: the set flags by name. */
    static final java.util.function.BiFunction<Language, Needs, String> WORDING = (language, needs) -> String.join(
            ", ", java.util.stream.Stream.of(needs.evidentSocialOrHealthCareNeeds() ? "terveys" : null,
                    needs.accessibility() ? "esteetön" : null, needs.largeFamily() ? "suurperhe" : null)
                    .filter(java.util.Objects::nonNull).toList());

    @Test
    void markingReadTwiceKeepsTheFirstTime() {
        Notification n = Notification.inInbox(UUID.randomUUID(), Recipient.municipality("091"),
                NotificationKind.SETTLED, "case-1", null, TEXT, NOW);
        n.markRead(NOW.plusSeconds(60));
        n.markRead(NOW.plusSeconds(120));
        assertThat(n.readAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void onlyItsRecipientReadsIt() {
        Notification n = Notification.inInbox(UUID.randomUUID(), Recipient.municipality("091"),
                NotificationKind.SETTLED, "case-1", null, TEXT, NOW);
        assertThat(n.isFor(Recipient.municipality("091"))).isTrue();
        assertThat(n.isFor(Recipient.municipality("049"))).isFalse();
        assertThat(n.isFor(Recipient.receptionCentre("091"))).isFalse();
    }

    @Test
    void aNotificationWithoutTextIsRefused() {
        assertThatThrownBy(() -> Notification.inInbox(UUID.randomUUID(), Recipient.municipality("091"),
                NotificationKind.SETTLED, "case-1", null, List.of(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recipientsAreWrittenKindColonId() {
        assertThat(Recipient.parse("reception-centre:rc-oulu")).isEqualTo(Recipient.receptionCentre("rc-oulu"));
        assertThat(Recipient.municipality("091").key()).isEqualTo("municipality:091");
        assertThatThrownBy(() -> Recipient.parse("091")).isInstanceOf(fi.polku.kit.domain.InvalidInput.class);
    }

    static final RetryPolicy TWICE = failed -> failed < 2 ? java.util.Optional.of(java.time.Duration.ofSeconds(30))
            : java.util.Optional.empty();

    static Notification webhook() {
        return Notification.toSend(UUID.randomUUID(), Recipient.municipality("091"), Channel.WEBHOOK,
                NotificationKind.SETTLED, "case-1", null, TEXT, NOW);
    }

    @Test
    void aSentNotificationWaitsInTheQueueUntilAnAttemptSettlesIt() {
        Notification n = webhook();
        assertThat(n.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(n.nextAttemptAt()).contains(NOW);
        assertThat(n.history()).isEmpty();

        var event = n.recordAttempt(NOW.plusSeconds(1), AttemptResult.delivered(204), TWICE).orElseThrow();
        assertThat(event.outcome()).isEqualTo("DELIVERED");
        assertThat(event.channel()).isEqualTo("WEBHOOK");
        assertThat(event.at()).isEqualTo(NOW.plusSeconds(1));
        assertThat(n.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(n.nextAttemptAt()).isEmpty();
        assertThat(n.history()).containsExactly(new DeliveryAttempt(NOW.plusSeconds(1), 1, DeliveryOutcome.DELIVERED,
                204, null));
        // a late worker finds it settled
        assertThat(n.recordAttempt(NOW.plusSeconds(2), AttemptResult.delivered(200), TWICE)).isEmpty();
    }

    @Test
    void failuresRetryByThePolicyThenFailAndAResendStartsAFreshRoundWithTheSameId() {
        Notification n = webhook();
        n.lease(NOW.plusSeconds(60));
        assertThat(n.recordAttempt(NOW, AttemptResult.retryable(503, "HTTP 503"), TWICE).orElseThrow().outcome())
                .isEqualTo("RETRYING");
        assertThat(n.leaseUntil()).isEmpty();
        assertThat(n.nextAttemptAt()).contains(NOW.plusSeconds(30));
        assertThat(n.recordAttempt(NOW.plusSeconds(30), AttemptResult.retryable(null, "timeout"), TWICE)
                .orElseThrow().outcome()).isEqualTo("FAILED");
        assertThat(n.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThatThrownBy(() -> webhook().resend(NOW)).isInstanceOf(fi.polku.kit.domain.DomainRuleViolation.class);

        String id = n.id();
        n.resend(NOW.plusSeconds(100));
        assertThat(n.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(n.attempts()).isZero();
        n.recordAttempt(NOW.plusSeconds(101), AttemptResult.retryable(502, "HTTP 502"), TWICE);
        assertThat(n.status()).as("the fresh round has its retries").isEqualTo(DeliveryStatus.RETRYING);
        assertThat(n.id()).isEqualTo(id);
        assertThat(n.history()).extracting(DeliveryAttempt::number).containsExactly(1, 2, 3);
    }

    @Test
    void aRefusalIsNotRetried() {
        Notification n = webhook();
        n.recordAttempt(NOW, AttemptResult.permanent(410, "HTTP 410"), TWICE);
        assertThat(n.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(n.history().get(0).statusCode()).isEqualTo(410);
    }

    @Test
    void aBusyEndpointPostponesWithoutAnAttempt() {
        Notification n = webhook();
        n.lease(NOW.plusSeconds(60));
        n.postpone(NOW.plusSeconds(1));
        assertThat(n.nextAttemptAt()).contains(NOW.plusSeconds(1));
        assertThat(n.leaseUntil()).isEmpty();
        assertThat(n.attempts()).isZero();
    }

    @Test
    void theInboxIsNotSent() {
        assertThatThrownBy(() -> Notification.toSend(UUID.randomUUID(), Recipient.municipality("091"), Channel.INBOX,
                NotificationKind.SETTLED, "case-1", null, TEXT, NOW)).isInstanceOf(IllegalArgumentException.class);
        Notification inbox = Notification.inInbox(UUID.randomUUID(), Recipient.municipality("091"),
                NotificationKind.SETTLED, "case-1", null, TEXT, NOW);
        assertThat(inbox.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(inbox.history()).extracting(DeliveryAttempt::outcome).containsExactly(DeliveryOutcome.DELIVERED);
    }

    @Test
    void countyIdsComeFromTheFinnishName() {
        assertThat(WellbeingCounty.named("Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde").id())
                .isEqualTo("lansi-uudenmaan-hyvinvointialue");
        assertThat(WellbeingCounty.named("Helsingin kaupunki", "Helsingfors stad").id()).isEqualTo("helsingin-kaupunki");
    }
}

package fi.polku.notification.domain;

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
}

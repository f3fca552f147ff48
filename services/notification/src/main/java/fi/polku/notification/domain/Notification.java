package fi.polku.notification.domain;

import fi.polku.events.notification.NotificationDelivered;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One message to one recipient over one channel, caused by one event. Its id is derived from those three, so a
 * redelivered event finds the notification it made before instead of making a second one.
 */
public class Notification {

    private String id;
    private String recipient;
    private Channel channel;
    private NotificationKind kind;
    private String sourceEventId;
    private String about;
    private String link;
    private List<RenderedMessage> messages = new ArrayList<>();
    private Instant createdAt;
    private Instant readAt;

    private Notification() {
        // for the store
    }

    /** The id of the notification {@code sourceEventId} gives rise to for {@code recipient} over {@code channel}. */
    public static String idFor(UUID sourceEventId, Recipient recipient, Channel channel) {
        String name = sourceEventId + "|" + recipient.key() + "|" + channel.name();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A notification placed in the recipient's inbox.
     *
     * @param about the id of what it is about (a placement case, an entitlement), for the reader's reference
     * @param link  where in the API the recipient acts on it, or null
     */
    public static Notification inInbox(UUID sourceEventId, Recipient recipient, NotificationKind kind, String about,
                                       String link, List<RenderedMessage> messages, Instant at) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A notification needs its text in at least one language");
        }
        Notification notification = new Notification();
        notification.id = idFor(sourceEventId, recipient, Channel.INBOX);
        notification.recipient = recipient.key();
        notification.channel = Channel.INBOX;
        notification.kind = kind;
        notification.sourceEventId = sourceEventId.toString();
        notification.about = about;
        notification.link = link;
        notification.messages = new ArrayList<>(messages);
        notification.createdAt = at;
        return notification;
    }

    /** The event telling operations the notification reached its recipient: for the inbox, at creation. */
    public NotificationDelivered delivered() {
        return new NotificationDelivered(id, recipient, channel.name(), DeliveryOutcome.DELIVERED.name(),
                sourceEventId, createdAt);
    }

    /** Marks the notification read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isFor(Recipient reader) {
        return recipient.equals(reader.key());
    }

    public String id() {
        return id;
    }

    public Recipient recipient() {
        return Recipient.parse(recipient);
    }

    public Channel channel() {
        return channel;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String about() {
        return about;
    }

    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    public List<RenderedMessage> messages() {
        return List.copyOf(messages);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    public boolean isRead() {
        return readAt != null;
    }
}

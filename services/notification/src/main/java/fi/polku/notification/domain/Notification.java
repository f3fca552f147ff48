package fi.polku.notification.domain;

import fi.polku.events.Needs;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.kit.domain.DomainRuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * One message to one recipient over one channel, caused by one event. Its id is derived from those three, so a
 * redelivered event finds the notification it made before instead of making a second one; the id is also the
 * idempotency key every attempt to send it carries, so a receiver recognises a repeated delivery.
 *
 * <p>An inbox notification is delivered when it is made. A webhook or e-mail notification waits in the delivery
 * queue ({@link DeliveryStatus#PENDING}), is retried after failures ({@link DeliveryStatus#RETRYING}) and ends
 * {@link DeliveryStatus#DELIVERED} or {@link DeliveryStatus#FAILED}; every attempt is kept in its history.
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
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private List<DeliveryAttempt> history = new ArrayList<>();
    /** The household whose needs its text words, and those needs; null for notifications that word none. */
    private String household;
    private Needs needs;

    private Notification() {
        // for the store
    }

    /** The id of the notification {@code sourceEventId} gives rise to for {@code recipient} over {@code channel}. */
    public static String idFor(UUID sourceEventId, Recipient recipient, Channel channel) {
        String name = sourceEventId + "|" + recipient.key() + "|" + channel.name();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A notification placed in the recipient's inbox: delivered as it is made.
     *
     * @param about the id of what it is about (a placement case, an entitlement), for the reader's reference
     * @param link  where in the API the recipient acts on it, or null
     */
    public static Notification inInbox(UUID sourceEventId, Recipient recipient, NotificationKind kind, String about,
                                       String link, List<RenderedMessage> messages, Instant at) {
        Notification notification = made(sourceEventId, recipient, Channel.INBOX, kind, about, link, messages, at);
        notification.status = DeliveryStatus.DELIVERED;
        notification.attempts = 1;
        notification.history.add(new DeliveryAttempt(at, 1, DeliveryOutcome.DELIVERED, null, null));
        return notification;
    }

    /** A notification to send over a webhook or by e-mail, due at once. */
    public static Notification toSend(UUID sourceEventId, Recipient recipient, Channel channel, NotificationKind kind,
                                      String about, String link, List<RenderedMessage> messages, Instant at) {
        if (!channel.isSent()) {
            throw new IllegalArgumentException(channel + " notifications are not sent");
        }
        Notification notification = made(sourceEventId, recipient, channel, kind, about, link, messages, at);
        notification.status = DeliveryStatus.PENDING;
        notification.nextAttemptAt = at;
        return notification;
    }

    private static Notification made(UUID sourceEventId, Recipient recipient, Channel channel, NotificationKind kind,
                                     String about, String link, List<RenderedMessage> messages, Instant at) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A notification needs its text in at least one language");
        }
        Notification notification = new Notification();
        notification.id = idFor(sourceEventId, recipient, channel);
        notification.recipient = recipient.key();
        notification.channel = channel;
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
        return outcome(DeliveryOutcome.DELIVERED, createdAt);
    }

    /**
     * Records one attempt to send it and what follows: delivered, another attempt after the policy's back-off, or
     * failed once the policy has no more attempts or the failure is not worth retrying. Returns the outcome event,
     * or empty if the delivery was settled already (a late worker whose lease had run out).
     */
    public Optional<NotificationDelivered> recordAttempt(Instant at, AttemptResult result, RetryPolicy policy) {
        if (status == null || !status.isOpen()) {
            return Optional.empty();
        }
        attempts++;
        DeliveryOutcome outcome;
        if (result.delivered()) {
            outcome = DeliveryOutcome.DELIVERED;
        } else {
            var delay = result.retryable() ? policy.delayAfter(attempts) : Optional.<java.time.Duration>empty();
            outcome = delay.isPresent() ? DeliveryOutcome.RETRYING : DeliveryOutcome.FAILED;
            nextAttemptAt = delay.map(at::plus).orElse(null);
        }
        status = switch (outcome) {
            case DELIVERED -> DeliveryStatus.DELIVERED;
            case RETRYING -> DeliveryStatus.RETRYING;
            case FAILED -> DeliveryStatus.FAILED;
        };
        if (!status.isOpen()) {
            nextAttemptAt = null;
        }
        leaseUntil = null;
        history.add(new DeliveryAttempt(at, history.size() + 1, outcome, result.statusCode(), result.error()));
        return Optional.of(outcome(outcome, at));
    }

    /** Claims the delivery for one worker until {@code until} (the Mongo queue does the same in one atomic write). */
    public void lease(Instant until) {
        leaseUntil = until;
    }

    /** Puts the delivery back at the end of the queue without counting an attempt (its endpoint was busy). */
    public void postpone(Instant until) {
        if (status != null && status.isOpen()) {
            nextAttemptAt = until;
            leaseUntil = null;
        }
    }

    /** Sends a failed notification again, with the same id and so the same idempotency key, and a fresh budget. */
    public void resend(Instant at) {
        if (status != DeliveryStatus.FAILED) {
            throw new DomainRuleViolation("not-failed", "Only a failed delivery can be re-sent; this one is " + status);
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = at;
        leaseUntil = null;
    }

    private NotificationDelivered outcome(DeliveryOutcome outcome, Instant at) {
        return new NotificationDelivered(id, recipient, channel.name(), outcome.name(), sourceEventId, at);
    }

    /** Records that its text words {@code needs} of {@code household}, so a revoked consent can withdraw them. */
    public Notification wordingNeedsOf(String household, Needs needs) {
        this.household = household;
        this.needs = needs;
        return this;
    }

    /**
     * Rewords its text with only the {@code remaining} needs, unless it has already left this service: an inbox
     * notification is read here and stays in reach, a webhook or e-mail one until it is delivered. What was
     * delivered stays as it was (GDPR Art. 7(3)). {@code wording} words needs in a language as the templates did.
     */
    public void withdrawNeeds(Needs remaining, BiFunction<Language, Needs, String> wording) {
        if (needs == null || needs.equals(remaining) || (channel.isSent() && status() == DeliveryStatus.DELIVERED)) {
            return;
        }
        messages = new ArrayList<>(messages.stream().map(m -> {
            String shared = wording.apply(m.language(), needs);
            String left = wording.apply(m.language(), remaining);
            return new RenderedMessage(m.language(), m.subject().replace(shared, left), m.body().replace(shared, left));
        }).toList());
        needs = remaining;
    }

    public Optional<String> household() {
        return Optional.ofNullable(household);
    }

    public Optional<Needs> needs() {
        return Optional.ofNullable(needs);
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

    /** Where the delivery stands; inbox notifications stored before delivery tracking count as delivered. */
    public DeliveryStatus status() {
        return status == null ? DeliveryStatus.DELIVERED : status;
    }

    /** Attempts in the current round (a re-send starts a new round). */
    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }

    public List<DeliveryAttempt> history() {
        return history == null ? List.of() : List.copyOf(history);
    }
}

package fi.polku.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a recipient wants to hear, besides its inbox, which it always has: a webhook, e-mail addresses, and which
 * kinds of notification go to them (the defaults of its recipient kind unless it chose its own).
 */
public class RecipientChannels {

    private String recipient;
    private Webhook webhook;
    private List<String> emails = new ArrayList<>();
    private List<NotificationKind> kinds;
    private Instant updatedAt;

    private RecipientChannels() {
        // for the store
    }

    /** @param kinds the kinds to send to the webhook and e-mail; null for the defaults */
    public static RecipientChannels of(Recipient recipient, Webhook webhook, List<String> emails,
                                       List<NotificationKind> kinds, Instant at) {
        RecipientChannels channels = new RecipientChannels();
        channels.recipient = recipient.key();
        channels.change(webhook, emails, kinds, at);
        return channels;
    }

    public void change(Webhook webhook, List<String> emails, List<NotificationKind> kinds, Instant at) {
        this.webhook = webhook;
        this.emails = new ArrayList<>(EmailAddresses.checked(emails));
        // in the enum's order and each once, so that what is stored and shown is stable
        this.kinds = kinds == null ? null : new ArrayList<>(kinds.isEmpty() ? List.of() : EnumSet.copyOf(kinds));
        this.updatedAt = at;
    }

    /** The channels besides the inbox that {@code kind} goes to. */
    public Set<Channel> channelsFor(NotificationKind kind, Set<NotificationKind> defaults) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (!kinds(defaults).contains(kind)) {
            return channels;
        }
        if (webhook != null) {
            channels.add(Channel.WEBHOOK);
        }
        if (!emails.isEmpty()) {
            channels.add(Channel.EMAIL);
        }
        return channels;
    }

    /** The kinds the recipient gets on its webhook and e-mail: its own choice, or {@code defaults}. */
    public Set<NotificationKind> kinds(Set<NotificationKind> defaults) {
        if (kinds == null) {
            return defaults;
        }
        return kinds.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(kinds);
    }

    public boolean usesDefaultKinds() {
        return kinds == null;
    }

    public Recipient recipient() {
        return Recipient.parse(recipient);
    }

    public Optional<Webhook> webhook() {
        return Optional.ofNullable(webhook);
    }

    public List<String> emails() {
        return List.copyOf(emails);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

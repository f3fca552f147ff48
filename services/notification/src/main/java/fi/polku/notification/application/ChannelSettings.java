package fi.polku.notification.application;

import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RecipientChannels;
import fi.polku.notification.domain.Webhook;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A recipient's channels besides the inbox: read them, change them, and say which channels a notification kind
 * goes to. Webhook secrets are sealed before they are stored and never given back.
 */
public class ChannelSettings {

    static final int MIN_SECRET = 24;
    static final int MAX_SECRET = 256;
    private static final Pattern RECEPTION_CENTRE_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    private final Aggregates<RecipientChannels> store;
    private final SecretSealer sealer;
    private final WebhookUrlPolicy urls;
    private final Municipalities municipalities;
    private final Map<String, Set<NotificationKind>> defaultKinds;
    private final Clock clock;

    /** @param defaultKinds the kinds sent by default, by recipient kind; a recipient kind not listed gets all */
    public ChannelSettings(Aggregates<RecipientChannels> store, SecretSealer sealer, WebhookUrlPolicy urls,
                           Municipalities municipalities, Map<String, Set<NotificationKind>> defaultKinds, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.urls = urls;
        this.municipalities = municipalities;
        this.defaultKinds = Map.copyOf(defaultKinds);
        this.clock = clock;
    }

    /**
     * A change of a recipient's channels.
     *
     * @param webhook null to have none
     * @param kinds   null for the defaults of the recipient's kind
     */
    public record Change(WebhookChange webhook, List<String> emails, List<NotificationKind> kinds) {
    }

    /** @param secret null to keep the secret of the webhook the recipient has */
    public record WebhookChange(String url, String secret) {

        @Override
        public String toString() {
            return "WebhookChange[" + url + ", secret " + (secret == null ? "kept" : "****") + "]";
        }
    }

    public Optional<RecipientChannels> find(Recipient recipient) {
        return store.find(recipient.key());
    }

    public Set<NotificationKind> defaultKinds(Recipient recipient) {
        Set<NotificationKind> kinds = defaultKinds.get(recipient.kind());
        return kinds == null ? EnumSet.allOf(NotificationKind.class) : kinds;
    }

    /** The channels besides the inbox that {@code kind} goes to for {@code recipient}. */
    public Set<Channel> channelsFor(Recipient recipient, NotificationKind kind) {
        return find(recipient).map(c -> c.channelsFor(kind, defaultKinds(recipient)))
                .orElse(EnumSet.noneOf(Channel.class));
    }

    public RecipientChannels change(Recipient recipient, Change change) {
        requireKnown(recipient);
        Optional<RecipientChannels> existing = find(recipient);
        Webhook webhook = webhook(recipient, change.webhook(), existing.flatMap(RecipientChannels::webhook));
        List<String> emails = change.emails() == null ? List.of() : change.emails();
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (existing.isPresent()) {
            return store.update(recipient.key(), c -> {
                c.change(webhook, emails, change.kinds(), at);
                return List.of();
            });
        }
        RecipientChannels created = RecipientChannels.of(recipient, webhook, emails, change.kinds(), at);
        try {
            return store.create(recipient.key(), created, List.of());
        } catch (AggregateAlreadyExists raced) {
            return change(recipient, change);
        }
    }

    private Webhook webhook(Recipient recipient, WebhookChange change, Optional<Webhook> existing) {
        if (change == null) {
            return null;
        }
        String url = urls.check(change.url());
        if (change.secret() == null) {
            return existing.map(w -> new Webhook(url, w.sealedSecret()))
                    .orElseThrow(() -> new InvalidInput("webhook.secret", "is required for a new webhook"));
        }
        String secret = change.secret();
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET || secret.isBlank()) {
            throw new InvalidInput("webhook.secret", "must be " + MIN_SECRET + " to " + MAX_SECRET + " characters");
        }
        return new Webhook(url, sealer.seal(secret, recipient.key()));
    }

    /** Channels are kept only for recipients Polku knows: reference data, or a well-formed reception centre id. */
    public void requireKnown(Recipient recipient) {
        boolean known = switch (recipient.kind()) {
            case Recipient.MUNICIPALITY -> municipalities.find(recipient.id()).isPresent();
            case Recipient.WELLBEING_COUNTY -> municipalities.county(recipient.id()).isPresent();
            case Recipient.REGION -> !municipalities.ofRegion(recipient.id()).isEmpty();
            case Recipient.RECEPTION_CENTRE -> RECEPTION_CENTRE_ID.matcher(recipient.id()).matches();
            default -> false;
        };
        if (!known) {
            throw new NotFound("recipient", recipient.key());
        }
    }
}

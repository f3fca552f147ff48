package fi.polku.notification.application;

import fi.polku.events.PolkuEvent;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.adapter.out.crypto.AesGcmSecretSealer;
import fi.polku.notification.adapter.out.reference.CsvMunicipalities;
import fi.polku.notification.adapter.out.reference.PropertiesTemplates;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.OfferReminder;
import fi.polku.notification.domain.RecipientChannels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notification use cases wired in memory, with the real templates and reference data. */
class World {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final CsvMunicipalities MUNICIPALITIES = new CsvMunicipalities();
    static final PropertiesTemplates TEMPLATES = new PropertiesTemplates();
    static final String SECRET = "a-webhook-secret-of-32-characters";

    final MutableClock clock = new MutableClock(NOW);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final InMemoryNotifications notifications = new InMemoryNotifications();
    final InMemoryAggregates<RecipientChannels> channelStore = new InMemoryAggregates<>();
    final InMemoryAggregates<OfferReminder> reminderStore = new InMemoryAggregates<>();
    final AesGcmSecretSealer sealer = new AesGcmSecretSealer(new byte[32], List.of());
    final ChannelSettings channels = new ChannelSettings(channelStore, sealer, new WebhookUrlPolicy(true, false),
            MUNICIPALITIES, Map.of(), clock);
    final DeliveryMetrics metrics = new DeliveryMetrics(meters);
    final NoticeDelivery delivery = new NoticeDelivery(notifications,
            new RecipientLanguages(MUNICIPALITIES, Map.of("reception-centre", List.of(Language.EN))),
            new MessageRenderer(TEMPLATES, MUNICIPALITIES), channels, "https://polku.example/notification", clock,
            metrics);
    final Links links = new Links("https://placement.example", "https://compensation.example");
    final OfferReminders reminders = new OfferReminders(reminderStore, (now, max) -> reminderStore.all().stream()
            .filter(r -> r.isDue(now)).sorted(Comparator.comparing(OfferReminder::remindAt)).limit(max).toList(),
            delivery, links, clock, Duration.ofDays(2), ZoneId.of("Europe/Helsinki"));
    final ConsentRevocations consents = new ConsentRevocations(new InMemoryAggregates<>(), notifications,
            notifications, new MessageRenderer(TEMPLATES, MUNICIPALITIES));
    final PlacementNotices placement = new PlacementNotices(delivery, reminders, MUNICIPALITIES, links, consents);
    final ReceptionNotices reception = new ReceptionNotices(delivery);
    final CompensationNotices compensation = new CompensationNotices(delivery, MUNICIPALITIES, links);

    <E extends PolkuEvent> IncomingEvent<E> event(E data) {
        return new IncomingEvent<>(UUID.randomUUID(), clock.instant(), data);
    }

    double counted(String channel, String outcome) {
        var counter = meters.find("polku.notifications").tags("channel", channel, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}

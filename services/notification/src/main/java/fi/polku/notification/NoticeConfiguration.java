package fi.polku.notification;

import fi.polku.events.EventCodec;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.notification.adapter.out.crypto.AesGcmSecretSealer;
import fi.polku.notification.adapter.out.mongo.MongoConsentRevocations;
import fi.polku.notification.adapter.out.mongo.MongoNotifications;
import fi.polku.notification.adapter.out.mongo.MongoOfferReminders;
import fi.polku.notification.adapter.out.mongo.MongoRecipientChannels;
import fi.polku.notification.adapter.out.reference.CsvMunicipalities;
import fi.polku.notification.application.ChannelSettings;
import fi.polku.notification.application.ChannelsAccess;
import fi.polku.notification.application.CompensationNotices;
import fi.polku.notification.application.ConsentRevocations;
import fi.polku.notification.application.DeliveryMetrics;
import fi.polku.notification.application.Links;
import fi.polku.notification.application.MessageRenderer;
import fi.polku.notification.application.NoticeDelivery;
import fi.polku.notification.application.OfferReminders;
import fi.polku.notification.application.PlacementNotices;
import fi.polku.notification.application.ReceptionNotices;
import fi.polku.notification.application.RecipientLanguages;
import fi.polku.notification.application.WebhookUrlPolicy;
import fi.polku.notification.domain.Recipient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.List;

/** Who is told what, and which channels each recipient has: from events to notifications. */
@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    @Bean
    MongoRecipientChannels recipientChannels(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoRecipientChannels(mongo, codec, clock);
    }

    @Bean
    MongoOfferReminders offerReminderStore(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoOfferReminders(mongo, codec, clock);
    }

    @Bean
    AesGcmSecretSealer secretSealer(NotificationProperties properties) {
        return AesGcmSecretSealer.fromConfiguration(properties.secretKey(), properties.previousSecretKeys());
    }

    @Bean
    ChannelSettings channelSettings(MongoRecipientChannels store, AesGcmSecretSealer sealer,
                                    CsvMunicipalities municipalities, NotificationProperties properties, Clock clock) {
        var webhooks = properties.webhooks();
        return new ChannelSettings(store, sealer, new WebhookUrlPolicy(webhooks.requireHttps(),
                webhooks.allowPrivateNetworks()), municipalities, properties.defaultKinds(), clock);
    }

    @Bean
    ChannelsAccess channelsAccess(ChannelSettings settings, AuditTrail audit) {
        return new ChannelsAccess(settings, audit);
    }

    /** Channels set in configuration (wellbeing services counties, for one) are applied at every start. */
    @Bean
    ApplicationRunner provisionedChannels(ChannelSettings settings, NotificationProperties properties) {
        return args -> properties.channels().forEach((recipient, channels) -> settings.change(
                Recipient.parse(recipient), new ChannelSettings.Change(channels.webhookUrl() == null ? null
                        : new ChannelSettings.WebhookChange(channels.webhookUrl(), channels.webhookSecret()),
                        channels.emails() == null ? List.of() : channels.emails(), channels.kinds())));
    }

    @Bean
    DeliveryMetrics deliveryMetrics(MeterRegistry meters) {
        return new DeliveryMetrics(meters);
    }

    @Bean
    NoticeDelivery noticeDelivery(MongoNotifications notifications, RecipientLanguages languages,
                                  MessageRenderer renderer, ChannelSettings channels, NotificationProperties properties,
                                  Clock clock, DeliveryMetrics metrics) {
        return new NoticeDelivery(notifications, languages, renderer, channels, properties.publicApiUrl(), clock,
                metrics);
    }

    @Bean
    Links links(NotificationProperties properties) {
        return new Links(properties.placementApiUrl(), properties.compensationApiUrl());
    }

    @Bean
    OfferReminders offerReminders(MongoOfferReminders store, NoticeDelivery delivery, Links links, Clock clock,
                                  NotificationProperties properties) {
        var reminder = properties.offerReminder();
        return new OfferReminders(store, store, delivery, links, clock, reminder.before(), reminder.zone());
    }

    @Bean
    ConsentRevocations consentRevocations(MongoTemplate mongo, EventCodec codec, Clock clock,
                                          MongoNotifications notifications, MessageRenderer renderer) {
        return new ConsentRevocations(new MongoConsentRevocations(mongo, codec, clock), notifications, notifications,
                renderer);
    }

    @Bean
    PlacementNotices placementNotices(NoticeDelivery delivery, OfferReminders reminders,
                                      CsvMunicipalities municipalities, Links links, ConsentRevocations consents) {
        return new PlacementNotices(delivery, reminders, municipalities, links, consents);
    }

    @Bean
    ReceptionNotices receptionNotices(NoticeDelivery delivery) {
        return new ReceptionNotices(delivery);
    }

    @Bean
    CompensationNotices compensationNotices(NoticeDelivery delivery, CsvMunicipalities municipalities, Links links) {
        return new CompensationNotices(delivery, municipalities, links);
    }
}

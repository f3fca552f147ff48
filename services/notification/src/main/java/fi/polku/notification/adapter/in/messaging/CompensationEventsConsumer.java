package fi.polku.notification.adapter.in.messaging;

import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.notification.application.CompensationNotices;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Input binding {@code compensation-in-0}: compensation news for municipalities and wellbeing services counties;
 * one route per event type.
 */
@Configuration(proxyBeanMethods = false)
class CompensationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> compensation(CompensationNotices notices, MeterRegistry meters) {
        return EventHandlers.forInput("compensation", meters)
                .on(EntitlementOpened.class, notices::entitlementOpened)
                .on(PaymentRunCompleted.class, notices::paymentRunCompleted)
                .on(PaymentWithheld.class, notices::paymentWithheld)
                .on(ClaimDecided.class, notices::claimDecided)
                .on(SupplementaryApplicationDecided.class, notices::supplementaryApplicationDecided)
                .build();
    }
}

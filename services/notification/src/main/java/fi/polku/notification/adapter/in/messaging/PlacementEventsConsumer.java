package fi.polku.notification.adapter.in.messaging;

import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.notification.application.WorkflowNotifications;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input binding {@code placementCases-in-0}: the placement steps municipalities and reception centres are told of. */
@Configuration(proxyBeanMethods = false)
class PlacementEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> placementCases(WorkflowNotifications notifications, MeterRegistry meters) {
        return EventHandlers.forInput("placementCases", meters)
                .on(OfferMade.class, notifications::offerMade)
                .on(Assigned.class, notifications::assigned)
                .on(Settled.class, notifications::settled)
                .build();
    }
}

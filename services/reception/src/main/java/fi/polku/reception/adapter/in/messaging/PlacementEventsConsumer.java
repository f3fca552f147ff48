package fi.polku.reception.adapter.in.messaging;

import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.reception.application.PlacementProgress;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input binding {@code placementCases-in-0}: what placement decides about our households. */
@Configuration(proxyBeanMethods = false)
class PlacementEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> placementCases(PlacementProgress progress, MeterRegistry meters) {
        return EventHandlers.forInput("placementCases", meters)
                .on(OfferAccepted.class, progress::offerAccepted)
                .on(Assigned.class, progress::assigned)
                .on(Settled.class, progress::settled)
                .build();
    }
}

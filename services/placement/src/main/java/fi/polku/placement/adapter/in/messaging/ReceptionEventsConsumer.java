package fi.polku.placement.adapter.in.messaging;

import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.placement.application.PlacementService;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input binding {@code receptionResidents-in-0}: applications and move-outs from reception centres. */
@Configuration(proxyBeanMethods = false)
class ReceptionEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> receptionResidents(PlacementService placement, MeterRegistry meters) {
        return EventHandlers.forInput("receptionResidents", meters)
                .on(PlacementRequested.class, placement::openCase)
                .on(MovedOut.class, placement::settleOnMoveOut)
                .build();
    }
}

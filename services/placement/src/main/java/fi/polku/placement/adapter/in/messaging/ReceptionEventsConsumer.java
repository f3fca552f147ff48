package fi.polku.placement.adapter.in.messaging;

import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.application.ResidenceService;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input binding {@code receptionResidents-in-0}: applications, self-moves, move-outs and revoked consents from reception centres. */
@Configuration(proxyBeanMethods = false)
class ReceptionEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> receptionResidents(PlacementService placement, ResidenceService residence,
                                                 MeterRegistry meters) {
        return EventHandlers.forInput("receptionResidents", meters)
                .on(PlacementRequested.class, placement::openCase)
                .on(SelfMoveReported.class, placement::openSelfMoveCase)
                .on(MovedOut.class, residence::settleOnMoveOut)
                .on(ConsentRevoked.class, placement::consentRevoked)
                .build();
    }
}

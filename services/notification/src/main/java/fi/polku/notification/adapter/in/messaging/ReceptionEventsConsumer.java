package fi.polku.notification.adapter.in.messaging;

import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.notification.application.ConsentRevocations;
import fi.polku.notification.application.ReceptionNotices;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input binding {@code receptionResidents-in-0}: moves municipalities are told of, and revoked consents. */
@Configuration(proxyBeanMethods = false)
class ReceptionEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> receptionResidents(ReceptionNotices notices, ConsentRevocations consents,
                                                 MeterRegistry meters) {
        return EventHandlers.forInput("receptionResidents", meters)
                .on(MovedOut.class, notices::movedOut)
                .on(SelfMoveReported.class, notices::selfMoveReported)
                .on(ConsentRevoked.class, consents::consentRevoked)
                .build();
    }
}

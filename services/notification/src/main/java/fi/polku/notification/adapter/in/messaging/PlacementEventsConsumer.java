package fi.polku.notification.adapter.in.messaging;

import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.notification.application.PlacementNotices;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input binding {@code placementCases-in-0}: the placement steps municipalities, counties and centres are told of. */
@Configuration(proxyBeanMethods = false)
class PlacementEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> placementCases(PlacementNotices notices, MeterRegistry meters) {
        return EventHandlers.forInput("placementCases", meters)
                .on(OfferMade.class, notices::offerMade)
                .on(OfferAccepted.class, notices::offerAccepted)
                .on(OfferDeclined.class, notices::offerDeclined)
                .on(OfferExpired.class, notices::offerExpired)
                .on(Assigned.class, notices::assigned)
                .on(Settled.class, notices::settled)
                .on(ResidenceChanged.class, notices::residenceChanged)
                .build();
    }
}

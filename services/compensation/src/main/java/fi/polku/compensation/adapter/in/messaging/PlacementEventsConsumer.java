package fi.polku.compensation.adapter.in.messaging;

import fi.polku.compensation.application.AgreementTracking;
import fi.polku.compensation.application.EntitlementOpening;
import fi.polku.compensation.application.ResidenceTracking;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.EventHandlers;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Input bindings {@code placementCases-in-0} and {@code placementMunicipalities-in-0}: what placement records. */
@Configuration(proxyBeanMethods = false)
class PlacementEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> placementCases(EntitlementOpening opening, ResidenceTracking residences,
                                             MeterRegistry meters) {
        return EventHandlers.forInput("placementCases", meters)
                .on(Settled.class, opening::settled)
                .on(ResidenceChanged.class, residences::residenceChanged)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> placementMunicipalities(AgreementTracking agreements, MeterRegistry meters) {
        return EventHandlers.forInput("placementMunicipalities", meters)
                .on(AgreementChanged.class, agreements::agreementChanged)
                .build();
    }
}

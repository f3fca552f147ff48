package fi.polku.operations.adapter.in.messaging;

import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.messaging.EventHandlers;
import fi.polku.operations.application.Projections;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Input binding {@code events-in-0}: every topic of the registry (operations.yml lists them; a test keeps the list
 * equal to the registry). Compensation's payment runs, claims and withheld payments are about municipalities, not
 * households, and are read but not projected: the metrics and the compensation service show them.
 */
@Configuration(proxyBeanMethods = false)
class EventsConsumer {

    @Bean
    Consumer<Message<byte[]>> events(Projections projections, MeterRegistry meters) {
        return EventHandlers.forInput("events", meters)
                .on(PermitGranted.class, projections::permitGranted)
                .on(PlacementRequested.class, projections::placementRequested)
                .on(SelfMoveReported.class, projections::selfMoveReported)
                .on(MovedOut.class, projections::movedOut)
                .on(CaseOpened.class, projections::caseOpened)
                .on(OfferMade.class, projections::offerMade)
                .on(OfferAccepted.class, projections::offerAccepted)
                .on(OfferDeclined.class, projections::offerDeclined)
                .on(OfferExpired.class, projections::offerExpired)
                .on(Assigned.class, projections::assigned)
                .on(Settled.class, projections::settled)
                .on(ResidenceChanged.class, projections::residenceChanged)
                .on(EntitlementOpened.class, projections::entitlementOpened)
                .on(AgreementChanged.class, projections::agreementChanged)
                .on(NotificationDelivered.class, projections::notificationDelivered)
                .build();
    }
}

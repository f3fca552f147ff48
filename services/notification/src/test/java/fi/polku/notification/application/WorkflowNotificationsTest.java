package fi.polku.notification.application;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.adapter.out.reference.CsvMunicipalities;
import fi.polku.notification.adapter.out.reference.PropertiesTemplates;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RenderedMessage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told what at each step, with the real templates and reference data and the store in memory. */
class WorkflowNotificationsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    final InMemoryNotifications store = new InMemoryNotifications();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CsvMunicipalities municipalities = new CsvMunicipalities();
    final WorkflowNotifications workflow = new WorkflowNotifications(new InboxDelivery(store,
            new RecipientLanguages(municipalities, Map.of("reception-centre", List.of(Language.EN))),
            new MessageRenderer(new PropertiesTemplates(), municipalities), Clock.fixed(NOW, ZoneOffset.UTC), meters),
            "https://placement.example");

    @Test
    void anOfferTellsTheMunicipalityWithALinkToTheOffer() {
        UUID eventId = UUID.randomUUID();
        workflow.offerMade(event(eventId, new OfferMade("case-1", "offer-1", "hh-1", "564", LocalDate.of(2026, 3, 15),
                new OfferMade.Profile(List.of(40), Needs.none(), List.of("so")))));

        Notification n = only();
        assertThat(n.recipient().key()).isEqualTo("municipality:564");
        assertThat(n.kind()).isEqualTo(NotificationKind.OFFER_MADE);
        assertThat(n.about()).isEqualTo("case-1");
        assertThat(n.link()).contains("https://placement.example/api/v1/offers/offer-1");
        assertThat(n.createdAt()).isEqualTo(NOW);
        assertThat(n.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        assertThat(n.messages().get(0).body()).contains("1 henkilö, iät 40", "ei erityisiä tarpeita", "somali");
        assertThat(store.outbox).containsExactly(n.delivered());
    }

    @Test
    void anAssignmentTellsTheMunicipalityAndTheReceptionCentre() {
        UUID eventId = UUID.randomUUID();
        workflow.assigned(event(eventId, new Assigned("case-2", "hh-2", "091", "rc-oulu", LocalDate.of(2026, 1, 5))));

        assertThat(store.byId.values()).extracting(n -> n.recipient().key())
                .containsExactlyInAnyOrder("municipality:091", "reception-centre:rc-oulu");
        Notification centre = store.byId.get(Notification.idFor(eventId, Recipient.receptionCentre("rc-oulu"),
                Channel.INBOX));
        assertThat(centre.messages()).extracting(RenderedMessage::language).containsExactly(Language.EN);
        assertThat(centre.messages().get(0).subject()).isEqualTo("Assignment to a municipality: Helsinki (091)");
        assertThat(store.outbox).hasSize(2).allSatisfy(e ->
                assertThat(((NotificationDelivered) e).sourceEventId()).isEqualTo(eventId.toString()));
    }

    @Test
    void residenceAndCompensationTellTheMunicipality() {
        workflow.settled(event(UUID.randomUUID(), new Settled("case-3", "hh-3", "545", LocalDate.of(2026, 2, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1)),
                new Settled.Resident("p-2", LocalDate.of(2020, 1, 1))))));
        workflow.entitlementOpened(event(UUID.randomUUID(), new EntitlementOpened("ent-1", "p-1", "hh-3", "545",
                LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31), "OTHER")));

        List<Notification> all = List.copyOf(store.byId.values());
        assertThat(all).extracting(Notification::kind)
                .containsExactly(NotificationKind.SETTLED, NotificationKind.ENTITLEMENT_OPENED);
        assertThat(all.get(0).messages()).extracting(RenderedMessage::language).containsExactly(Language.SV, Language.FI);
        assertThat(all.get(0).messages().get(0).body()).contains("från och med 1.2.2026", "2 personer");
        assertThat(all.get(1).about()).isEqualTo("ent-1");
        assertThat(all.get(1).messages().get(1).body()).contains("1.2.2026–31.1.2028", "muu kuin kiintiöpakolainen");
    }

    @Test
    void aRedeliveredEventDeliversNothingTwiceAndIsCountedOnce() {
        UUID eventId = UUID.randomUUID();
        var settled = event(eventId, new Settled("case-4", "hh-4", "091", LocalDate.of(2026, 2, 1),
                IntegrationGroup.QUOTA_REFUGEE, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1)))));
        workflow.settled(settled);
        workflow.settled(settled);

        assertThat(store.byId).hasSize(1);
        assertThat(store.outbox).hasSize(1);
        assertThat(meters.counter("polku.notifications", "channel", "INBOX", "outcome", "DELIVERED").count())
                .isEqualTo(1.0);
    }

    private Notification only() {
        assertThat(store.byId).hasSize(1);
        return store.byId.values().iterator().next();
    }

    private static <E extends PolkuEvent> IncomingEvent<E> event(UUID id, E data) {
        return new IncomingEvent<>(id, NOW, data);
    }
}

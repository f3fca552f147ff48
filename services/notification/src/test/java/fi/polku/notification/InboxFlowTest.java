package fi.polku.notification;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events in, the inbox over HTTP, deliveries out: the service as municipalities and operations see it. */
class InboxFlowTest extends NotificationServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void anOfferReachesHelsinkiInFinnishThenSwedishAndNoOtherMunicipality() {
        String caseId = UUID.randomUUID().toString();
        String offerId = UUID.randomUUID().toString();
        publish(CASES, new OfferMade(caseId, offerId, "hh-" + caseId, "091", LocalDate.of(2026, 3, 15),
                new OfferMade.Profile(List.of(34, 31, 5), new Needs(false, true, false, false), List.of("ar", "ku"))));

        JsonNode n = awaitNotification(officer("091"), caseId, "OFFER_MADE");
        assertThat(n.get("recipient").asString()).isEqualTo("municipality:091");
        assertThat(n.get("channel").asString()).isEqualTo("INBOX");
        assertThat(n.get("link").asString()).isEqualTo("/api/v1/offers/" + offerId);
        assertThat(n.get("read").asBoolean()).isFalse();
        assertThat(languages(n)).containsExactly("fi", "sv");
        JsonNode fi = n.get("messages").get(0);
        assertThat(fi.get("subject").asString()).isEqualTo("Kuntapaikkatarjous: vastatkaa viimeistään 15.3.2026");
        assertThat(fi.get("body").asString()).contains("3 henkilöä, iät 34, 31, 5", "esteetön asunto", "arabia, kurdi",
                "/api/v1/offers/" + offerId);
        assertThat(n.get("messages").get(1).get("body").asString()).contains("3 personer", "tillgänglig bostad");

        String id = n.get("id").asString();
        assertThat(officer("091").get("/api/v1/inbox/" + id).expect(200).json().get("id").asString()).isEqualTo(id);

        // Espoo (049) gets nothing in this suite: its inbox is empty and Helsinki's notification is not found
        assertThat(officer("049").get("/api/v1/inbox").expect(200).json()).isEmpty();
        ApiClient.Response foreign = officer("049").get("/api/v1/inbox/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(officer("049").post("/api/v1/inbox/" + id + "/read", "").status()).isEqualTo(404);
        assertThat(staff("rc-helsinki").get("/api/v1/inbox/" + id).status()).isEqualTo(404);
    }

    @Test
    void everyDeliveryIsPublishedValidAgainstItsSchemaAndCounted() {
        double before = delivered();
        String caseId = UUID.randomUUID().toString();
        UUID eventId = publish(CASES, new Settled(caseId, "hh-" + caseId, "564", LocalDate.of(2026, 2, 1),
                IntegrationGroup.QUOTA_REFUGEE, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 5, 1)))));
        String id = awaitNotification(officer("564"), caseId, "SETTLED").get("id").asString();

        ConsumerRecord<String, byte[]> record = awaitDelivery(id);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/polku/notification");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        // decoding validates the data against the publisher's schema
        var delivered = (NotificationDelivered) EventCodec.decode(KafkaCloudEvents.fromMessage(
                MessageBuilder.withPayload(record.value()).copyHeaders(headers(record)).build()));
        assertThat(delivered.notificationId()).isEqualTo(id);
        assertThat(delivered.recipient()).isEqualTo("municipality:564");
        assertThat(delivered.channel()).isEqualTo("INBOX");
        assertThat(delivered.outcome()).isEqualTo("DELIVERED");
        assertThat(delivered.sourceEventId()).isEqualTo(eventId.toString());
        assertThat(delivered()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aRedeliveredEventMakesNoSecondNotification() {
        String caseId = UUID.randomUUID().toString();
        UUID eventId = publish(CASES, new OfferMade(caseId, "offer-" + caseId, "hh-" + caseId, "564",
                LocalDate.of(2026, 4, 1), new OfferMade.Profile(List.of(19), Needs.none(), List.of("fa"))));
        JsonNode offer = awaitNotification(officer("564"), caseId, "OFFER_MADE");
        assertThat(languages(offer)).containsExactly("fi");

        ConsumerRecord<String, byte[]> original = probe.records(CASES).stream()
                .filter(r -> eventId.toString().equals(KafkaProbe.header(r, "ce_id"))).findFirst().orElseThrow();
        probe.redeliver(original);
        // same key, so same partition: the duplicate is consumed before this marker
        publish(CASES, new Settled(caseId, "hh-" + caseId, "564", LocalDate.of(2026, 5, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p-1", LocalDate.of(2006, 1, 1)))));
        awaitNotification(officer("564"), caseId, "SETTLED");

        assertThat(inbox(officer("564"), "").stream().filter(n -> caseId.equals(n.get("about").asString())))
                .extracting(n -> n.get("kind").asString()).containsExactlyInAnyOrder("OFFER_MADE", "SETTLED");
        assertThat(mongo.count(Query.query(Criteria.where("state.sourceEventId").is(eventId.toString())),
                "notifications")).isEqualTo(1);
        String settledId = inbox(officer("564"), "").stream().filter(n -> caseId.equals(n.get("about").asString())
                && "SETTLED".equals(n.get("kind").asString())).findFirst().orElseThrow().get("id").asString();
        awaitDelivery(settledId);
        assertThat(deliveries(offer.get("id").asString())).hasSize(1);
    }

    @Test
    void markingReadTakesTheNotificationOutOfTheUnreadList() {
        String caseId = UUID.randomUUID().toString();
        publish(CASES, new Settled(caseId, "hh-" + caseId, "091", LocalDate.of(2026, 2, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p-1", LocalDate.of(1980, 1, 1)),
                        new Settled.Resident("p-2", LocalDate.of(2019, 6, 1)))));
        JsonNode n = awaitNotification(officer("091"), caseId, "SETTLED");
        String id = n.get("id").asString();
        assertThat(languages(n)).containsExactly("fi", "sv");
        assertThat(n.get("messages").get(0).get("body").asString()).contains("1.2.2026 alkaen", "2 henkilöä");
        assertThat(ids(inbox(officer("091"), "&unread=true"))).contains(id);

        JsonNode read = officer("091").post("/api/v1/inbox/" + id + "/read", "").expect(200).json();
        assertThat(read.get("read").asBoolean()).isTrue();
        String readAt = read.get("readAt").asString();
        assertThat(readAt).isNotBlank();
        // reading again keeps the first time
        assertThat(officer("091").post("/api/v1/inbox/" + id + "/read", "").expect(200).json().get("readAt").asString())
                .isEqualTo(readAt);
        assertThat(ids(inbox(officer("091"), "&unread=true"))).doesNotContain(id);
        assertThat(ids(inbox(officer("091"), ""))).contains(id);
        assertThat(officer("091").get("/api/v1/inbox/" + id).expect(200).json().get("read").asBoolean()).isTrue();
    }

    @Test
    void anAssignmentReachesTheMunicipalityAndTheReceptionCentreEachInTheirLanguage() {
        String caseId = UUID.randomUUID().toString();
        UUID eventId = publish(CASES, new Assigned(caseId, "hh-" + caseId, "545", "rc-oulu", LocalDate.of(2026, 1, 5)));

        JsonNode municipality = awaitNotification(officer("545"), caseId, "ASSIGNED_TO_MUNICIPALITY");
        assertThat(languages(municipality)).containsExactly("sv", "fi");
        assertThat(municipality.get("messages").get(0).get("body").asString()).contains("rc-oulu", "5.1.2026");

        JsonNode centre = awaitNotification(staff("rc-oulu"), caseId, "ASSIGNED_FOR_RECEPTION_CENTRE");
        assertThat(centre.get("recipient").asString()).isEqualTo("reception-centre:rc-oulu");
        assertThat(languages(centre)).containsExactly("en");
        assertThat(centre.get("messages").get(0).get("subject").asString())
                .isEqualTo("Assignment to a municipality: Närpes (545)");
        // the municipality does not see the centre's notification, nor another centre
        assertThat(officer("545").get("/api/v1/inbox/" + centre.get("id").asString()).status()).isEqualTo(404);
        assertThat(staff("rc-turku").get("/api/v1/inbox/" + centre.get("id").asString()).status()).isEqualTo(404);

        awaitDelivery(municipality.get("id").asString());
        awaitDelivery(centre.get("id").asString());
        assertThat(mongo.count(Query.query(Criteria.where("state.sourceEventId").is(eventId.toString())
                .and("state.channel").is("INBOX")), "notifications")).isEqualTo(2);
    }

    @Test
    void anOpenedEntitlementReachesTheMunicipality() {
        String entitlementId = UUID.randomUUID().toString();
        publish(COMPENSATION, new EntitlementOpened(entitlementId, "p-1", "hh-1", "564", LocalDate.of(2026, 2, 1),
                LocalDate.of(2028, 1, 31), "OTHER"));

        JsonNode n = awaitNotification(officer("564"), entitlementId, "ENTITLEMENT_OPENED");
        assertThat(languages(n)).containsExactly("fi");
        assertThat(n.get("messages").get(0).get("body").asString())
                .contains("1.2.2026–31.1.2028", "muu kuin kiintiöpakolainen");
    }

    @Test
    void inboxRequestsAreCheckedAndAnsweredWithProblemDetails() {
        for (String bad : List.of("?size=0", "?size=101", "?page=-1", "?unread=perhaps")) {
            ApiClient.Response response = officer("091").get("/api/v1/inbox" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.contentType()).as(bad).startsWith("application/problem+json");
        }
        assertThat(officer("091").get("/api/v1/inbox?page=2&size=1").status()).isEqualTo(200);
        assertThat(officer("091").get("/api/v1/inbox/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(officer("091").withToken(null).get("/api/v1/inbox").status()).isEqualTo(401);
        assertThat(as(TestUser.compensationOfficer()).get("/api/v1/inbox").status()).isEqualTo(403);
        assertThat(as(TestUser.operator()).get("/api/v1/inbox").status()).isEqualTo(403);
        assertThat(as(new TestUser("officer@nowhere", "MUNICIPALITY_OFFICER", Map.of())).get("/api/v1/inbox")
                .status()).isEqualTo(403);
    }

    @Test
    void aDeclinedOfferReachesTheCoordinatorsOfTheMunicipalitysRegion() {
        String caseId = UUID.randomUUID().toString();
        publish(CASES, new OfferDeclined(caseId, "offer-" + caseId, "hh-" + caseId, "564", "PLACES_USED",
                LocalDate.of(2026, 1, 9)));

        JsonNode n = awaitNotification(as(TestUser.coordinator("17")), caseId, "OFFER_DECLINED");
        assertThat(n.get("recipient").asString()).isEqualTo("region:17");
        assertThat(n.get("messages").get(0).get("body").asString()).contains("Oulu (564)", "kuntapaikat on käytetty");
        assertThat(as(TestUser.coordinator("01")).get("/api/v1/inbox/" + n.get("id").asString()).status())
                .isEqualTo(404);
    }

    private JsonNode awaitNotification(ApiClient reader, String about, String kind) {
        return await().atMost(PATIENCE).until(() -> inbox(reader, "").stream()
                .filter(n -> about.equals(n.get("about").asString()) && kind.equals(n.get("kind").asString()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private static List<JsonNode> inbox(ApiClient reader, String query) {
        JsonNode list = reader.get("/api/v1/inbox?size=100" + query).expect(200).json();
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private static List<String> ids(List<JsonNode> notifications) {
        return notifications.stream().map(n -> n.get("id").asString()).toList();
    }

    private static List<String> languages(JsonNode notification) {
        return StreamSupport.stream(notification.get("messages").spliterator(), false)
                .map(m -> m.get("language").asString()).toList();
    }

    private ConsumerRecord<String, byte[]> awaitDelivery(String notificationId) {
        return await().atMost(PATIENCE).until(() -> deliveries(notificationId), l -> !l.isEmpty()).get(0);
    }

    private static List<ConsumerRecord<String, byte[]>> deliveries(String notificationId) {
        return probe.records(DELIVERIES, EventType.NOTIFICATION_DELIVERED.typeName()).stream()
                .filter(r -> notificationId.equals(r.key())).toList();
    }

    private double delivered() {
        var counter = meters.find("polku.notifications").tags("channel", "INBOX", "outcome", "DELIVERED").counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, Object> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, Object> h = new HashMap<>();
        record.headers().forEach(x -> h.put(x.key(), x.value()));
        return h;
    }
}

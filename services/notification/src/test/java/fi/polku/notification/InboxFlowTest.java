package fi.polku.notification;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.DecisionReason;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.notification.adapter.out.mongo.MongoNotifications;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RenderedMessage;
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
import java.time.Instant;
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
    @Autowired
    MongoNotifications notifications;

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
    void aPaymentRunReachesEachPayeeInItsLanguagesAndARedeliveryMakesNothingTwice() {
        String runId = UUID.randomUUID().toString();
        String oulu = UUID.randomUUID().toString();
        String narpes = UUID.randomUUID().toString();
        String county = UUID.randomUUID().toString();
        UUID eventId = publish(COMPENSATION, new PaymentRunCompleted(runId, "2026-03",
                Instant.parse("2026-03-02T08:00:00Z"), 218_456, 4_100, List.of(
                new PaymentRunCompleted.Proposal(oulu, "MUNICIPALITY", "564", 123_456, 0, 12),
                new PaymentRunCompleted.Proposal(narpes, "MUNICIPALITY", "545", 50_000, 4_100, 3),
                new PaymentRunCompleted.Proposal(county, "WELLBEING_COUNTY", "Pohjois-Pohjanmaan hyvinvointialue",
                        45_000, 0, 12))));

        JsonNode ouluProposal = awaitNotification(officer("564"), oulu, "PAYMENT_PROPOSAL_READY");
        assertThat(languages(ouluProposal)).containsExactly("fi");
        assertThat(ouluProposal.get("link").asString())
                .isEqualTo("/api/v1/compensation/payment-runs/2026-03/proposals/" + oulu);
        JsonNode fi = ouluProposal.get("messages").get(0);
        assertThat(fi.get("subject").asString()).isEqualTo("Maksuehdotus 3/2026 on valmis");
        assertThat(fi.get("body").asString()).contains("saajalle Oulu (564)", "maksetaan 1\u00a0234,56\u00a0€",
                "12 riviä");

        JsonNode narpesProposal = awaitNotification(officer("545"), narpes, "PAYMENT_PROPOSAL_READY");
        assertThat(languages(narpesProposal)).containsExactly("sv", "fi");
        assertThat(narpesProposal.get("messages").get(0).get("body").asString()).contains("till Närpes (545)",
                "innehållet 41,00\u00a0€", "3 rader");
        // Oulu does not see Närpes' proposal
        assertThat(officer("564").get("/api/v1/inbox/" + narpesProposal.get("id").asString()).status())
                .isEqualTo(404);

        // a county has no role to read its inbox with yet: its notification is in the store
        Notification countyProposal = await().atMost(PATIENCE).until(() -> notifications.forRecipient(
                Recipient.wellbeingCounty("pohjois-pohjanmaan-hyvinvointialue"), false, 0, 100).stream()
                .filter(n -> county.equals(n.about())).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(countyProposal.kind()).isEqualTo(NotificationKind.PAYMENT_PROPOSAL_READY);
        assertThat(countyProposal.link()).isEmpty();
        assertThat(countyProposal.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        assertThat(countyProposal.messages().get(0).body()).contains("saajalle Pohjois-Pohjanmaan hyvinvointialue",
                "450,00\u00a0€");

        ConsumerRecord<String, byte[]> original = probe.records(COMPENSATION).stream()
                .filter(r -> eventId.toString().equals(KafkaProbe.header(r, "ce_id"))).findFirst().orElseThrow();
        probe.redeliver(original);
        // same key (the run), so same partition: the duplicate is consumed before this marker
        publish(COMPENSATION, new PaymentWithheld(runId, "2026-03", "545", "no-integration-programme", 1, 4_100,
                "Register the integration programme."));
        String marker = awaitNotification(officer("545"), runId, "PAYMENT_WITHHELD").get("id").asString();

        assertThat(mongo.count(Query.query(Criteria.where("state.sourceEventId").is(eventId.toString())
                .and("state.channel").is("INBOX")), "notifications")).isEqualTo(3);
        assertThat(inbox(officer("564"), "").stream().filter(n -> oulu.equals(n.get("about").asString())))
                .hasSize(1);
        awaitDelivery(marker);
        awaitDelivery(ouluProposal.get("id").asString());
        assertThat(deliveries(ouluProposal.get("id").asString())).hasSize(1);
    }

    @Test
    void aWithheldPaymentReachesTheMunicipalityWithTheReasonAndWhatReleasesIt() {
        String runId = UUID.randomUUID().toString();
        publish(COMPENSATION, new PaymentWithheld(runId, "2026-04", "564", "no-agreement", 4, 205_350,
                "The municipality had no placement agreement in force on the first day of the month."));
        publish(COMPENSATION, new PaymentWithheld(runId, "2026-04", "545", "no-integration-programme", 2, 69_000,
                "The municipality had no integration programme in force on the first day of the month."));

        JsonNode oulu = awaitNotification(officer("564"), runId, "PAYMENT_WITHHELD");
        assertThat(languages(oulu)).containsExactly("fi");
        assertThat(oulu.get("link").asString()).isEqualTo("/api/v1/compensation/withheld-months?municipality=564");
        JsonNode fi = oulu.get("messages").get(0);
        assertThat(fi.get("subject").asString()).isEqualTo("Korvausta pidätetty maksuajossa 4/2026");
        assertThat(fi.get("body").asString()).contains("4 riviä", "2\u00a0053,50\u00a0€",
                "voimassa sopimusta kuntaan osoittamisesta", "Sopikaa kuntaan osoittamisesta elinvoimakeskuksen kanssa",
                "korvauskäsittelijä voi vapauttaa kuukauden");

        JsonNode narpes = awaitNotification(officer("545"), runId, "PAYMENT_WITHHELD");
        assertThat(languages(narpes)).containsExactly("sv", "fi");
        assertThat(narpes.get("messages").get(0).get("body").asString()).contains("inget integrationsprogram",
                "be livskraftscentralen registrera det", "frigöra månaden");
        assertThat(narpes.get("messages").get(1).get("body").asString()).contains("Hyväksykää kotoutumisohjelma");
    }

    @Test
    void decisionsOnClaimsAndSupplementaryApplicationsReachTheMunicipality() {
        String claimId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        publish(COMPENSATION, new ClaimDecided(claimId, "091", "p-1", "INTERPRETING", "APPROVED", 150_000, 120_000,
                DecisionReason.PARTLY_ELIGIBLE));
        publish(COMPENSATION, new SupplementaryApplicationDecided(applicationId, "AMIF-SYLVIA-2022", "545",
                "REJECTED", 2, 0, DecisionReason.NOT_ELIGIBLE));

        JsonNode claim = awaitNotification(officer("091"), claimId, "CLAIM_DECIDED");
        assertThat(languages(claim)).containsExactly("fi", "sv");
        assertThat(claim.get("link").asString()).isEqualTo("/api/v1/compensation/claims/" + claimId);
        assertThat(claim.get("messages").get(0).get("subject").asString())
                .isEqualTo("Päätös kustannusten korvaamisesta");
        assertThat(claim.get("messages").get(0).get("body").asString()).contains("tulkkauskustannukset",
                "ratkaistu: hyväksytty", "hyväksytty 1\u00a0200,00\u00a0€", "Perustelut: hyväksytty osittain",
                "maksetaan kunnalle seuraavassa maksuajossa");
        assertThat(claim.get("messages").get(1).get("body").asString()).contains("tolkningskostnader", "godkänd");

        JsonNode application = awaitNotification(officer("545"), applicationId, "SUPPLEMENTARY_APPLICATION_DECIDED");
        assertThat(languages(application)).containsExactly("sv", "fi");
        assertThat(application.get("messages").get(0).get("body").asString()).contains("AMIF-SYLVIA-2022",
                "2 personer", "avgjorts: avslagen", "Ingen ersättning betalas.");
        assertThat(application.get("messages").get(1).get("body").asString()).contains("ratkaistu: hylätty");
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

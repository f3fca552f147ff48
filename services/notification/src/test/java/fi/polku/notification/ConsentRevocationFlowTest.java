package fi.polku.notification;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fi.polku.events.EventCodec;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.Topic;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A revoked consent stops further sharing of the household's needs (docs/data-protection.md, "Consent"): the inbox
 * no longer shows them, a re-sent failed webhook delivery no longer carries them, a later offer words none, and a
 * redelivered revocation changes nothing.
 */
class ConsentRevocationFlowTest extends NotificationServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String RESIDENTS = PREFIX + Topic.RECEPTION_RESIDENTS.topicName();
    /** Kuopio words in Finnish only; the needs as its templates word them. */
    static final String KUOPIO = "297";
    static final String HEALTH = "ilmeisiä sosiaali- tai terveydenhuollon tarpeita";
    static final String ACCESSIBILITY = "esteetön asunto";
    static final String NONE = "ei erityisiä tarpeita";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRevokedConsentWithdrawsTheNeedsFromTheInboxAndFromAResentDeliveryAndFromLaterOffers() {
        String household = "hh-consent-" + RUN;
        String path = "/consent-" + RUN;
        RECEIVER.stubFor(post(path).willReturn(aResponse().withStatus(400)));
        Recipient kuopio = Recipient.municipality(KUOPIO);
        officer(KUOPIO).put("/api/v1/recipients/" + kuopio.key() + "/channels", Map.of(
                "webhook", Map.of("url", receiverUrl(path), "secret", WEBHOOK_SECRET), "emails", List.of()))
                .expect(200);

        UUID offerEvent = publish(CASES, offer("case-c1", household, new Needs(true, true, false, false)));
        String inboxId = Notification.idFor(offerEvent, kuopio, Channel.INBOX);
        String webhookId = Notification.idFor(offerEvent, kuopio, Channel.WEBHOOK);
        assertThat(body(awaitNotification("case-c1"))).contains(HEALTH, ACCESSIBILITY);
        // the receiver refuses it: failed, waiting for an operator's re-send
        await().atMost(PATIENCE).until(() -> status(webhookId).equals("FAILED"));
        assertThat(attempts(path, webhookId)).singleElement()
                .satisfies(r -> assertThat(r.getRequest().getBodyAsString()).contains(HEALTH));

        UUID revocation = publish(RESIDENTS, new ConsentRevoked(household, "p-1",
                List.of(ConsentRevoked.Recipient.MUNICIPALITY, ConsentRevoked.Recipient.WELLBEING_SERVICES_COUNTY),
                LocalDate.of(2026, 3, 1)));

        await().atMost(PATIENCE).until(() -> !body(officer(KUOPIO).get("/api/v1/inbox/" + inboxId).expect(200).json())
                .contains(HEALTH));
        assertThat(body(officer(KUOPIO).get("/api/v1/inbox/" + inboxId).expect(200).json()))
                .contains("Tarpeet: " + NONE + ".").doesNotContain(ACCESSIBILITY);
        await().atMost(PATIENCE).until(() -> !storedText(webhookId).contains(HEALTH));

        // the receiver is mended; the operator's re-send carries no needs
        RECEIVER.stubFor(post(path).willReturn(ok()));
        as(TestUser.operator()).post("/api/v1/deliveries/" + webhookId + "/resend", "").expect(200);
        await().atMost(PATIENCE).until(() -> status(webhookId).equals("DELIVERED"));
        ServeEvent resent = attempts(path, webhookId).stream().filter(r -> r.getResponse().getStatus() == 200)
                .findFirst().orElseThrow();
        JsonNode payload = EventCodec.json().readTree(resent.getRequest().getBody());
        assertThat(payload.get("messages").get(0).get("body").asString())
                .contains("Tarpeet: " + NONE + ".").doesNotContain(HEALTH, ACCESSIBILITY);

        // the revocation delivered again changes nothing: the notifications keep their versions (once the outbox
        // relay, which also writes, has published their outcomes)
        await().atMost(PATIENCE).until(() -> outboxEmpty(inboxId) && outboxEmpty(webhookId));
        long inboxVersion = version(inboxId);
        long webhookVersion = version(webhookId);
        var original = probe.records(RESIDENTS).stream()
                .filter(r -> revocation.toString().equals(KafkaProbe.header(r, "ce_id"))).findFirst().orElseThrow();
        probe.redeliver(original);
        // same key, so same partition: the duplicate is consumed before this marker
        publish(RESIDENTS, new SelfMoveReported(household, "rc-1", KUOPIO, LocalDate.of(2026, 3, 2),
                IntegrationGroup.INTERNATIONAL_PROTECTION, LocalDate.of(2025, 12, 1),
                List.of(new PlacementRequested.Member("p-1", LocalDate.of(1990, 1, 1), "HEAD", false))));
        await().atMost(PATIENCE).until(() -> inbox().stream().anyMatch(n -> household.equals(n.get("about").asString())
                && "SELF_MOVE_REPORTED".equals(n.get("kind").asString())));
        assertThat(version(inboxId)).isEqualTo(inboxVersion);
        assertThat(version(webhookId)).isEqualTo(webhookVersion);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(household)), "consent_revocations")).isEqualTo(1);

        // an offer placement made before it heard of the revocation words no needs, and the county is not consulted
        String laterOffer = "offer-case-c2";
        publish(CASES, offer("case-c2", household, new Needs(true, true, true, false)));
        assertThat(body(awaitNotification("case-c2"))).contains("suurperhe").doesNotContain(HEALTH, ACCESSIBILITY);
        await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(laterOffer)),
                "offer_reminders"));
        assertThat(mongo.count(Query.query(Criteria.where("state.about").is("case-c2")
                .and("state.kind").is("CONSULTATION_REQUESTED")), "notifications")).isZero();
    }

    private static OfferMade offer(String caseId, String household, Needs needs) {
        return new OfferMade(caseId, "offer-" + caseId, household, KUOPIO, LocalDate.of(2026, 4, 1),
                new OfferMade.Profile(List.of(41, 9), needs, List.of("ar")));
    }

    private JsonNode awaitNotification(String about) {
        return await().atMost(PATIENCE).until(() -> inbox().stream()
                .filter(n -> about.equals(n.get("about").asString()) && "OFFER_MADE".equals(n.get("kind").asString()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private List<JsonNode> inbox() {
        JsonNode list = officer(KUOPIO).get("/api/v1/inbox?size=100").expect(200).json();
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private static String body(JsonNode notification) {
        return notification.get("messages").get(0).get("body").asString();
    }

    private String status(String id) {
        return as(TestUser.operator()).get("/api/v1/deliveries/" + id).expect(200).json().get("status").asString();
    }

    private long version(String id) {
        return ((Number) document(id).get("version")).longValue();
    }

    /** Operators do not read a delivery's text: the store holds what a re-send would carry. */
    private String storedText(String id) {
        return document(id).get("state", Document.class).getList("messages", Document.class).toString();
    }

    private boolean outboxEmpty(String id) {
        List<Document> outbox = document(id).getList("outbox", Document.class);
        return outbox == null || outbox.isEmpty();
    }

    private Document document(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "notifications");
    }

    private static List<ServeEvent> attempts(String path, String id) {
        return RECEIVER.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path)
                && id.equals(e.getRequest().getHeader("Idempotency-Key"))).toList();
    }
}

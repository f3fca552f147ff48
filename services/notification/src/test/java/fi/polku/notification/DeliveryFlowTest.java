package fi.polku.notification;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook and e-mail delivery end to end, over real HTTP (WireMock) and SMTP (GreenMail): a receiver that fails for
 * a while and recovers, a dead one beside a healthy one, and a worker that dies mid-delivery.
 */
class DeliveryFlowTest extends NotificationServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void aReceiverThatFailsForAWhileGetsEverythingOnceSignedAndInItsLanguagesAndEmailToo() throws Exception {
        String path = "/flaky-" + RUN;
        failThreeTimesThenRecover(path);
        Recipient vantaa = Recipient.municipality("092");
        setChannels(officer("092"), vantaa, receiverUrl(path), List.of("kirjaamo@vantaa.test", "maahanmuutto@vantaa.test"));
        double retryingBefore = counted("WEBHOOK", "RETRYING");

        List<UUID> events = List.of(
                publish(CASES, new OfferMade("case-v1", "offer-v1", "hh-v1", "092", LocalDate.of(2026, 3, 15),
                        new OfferMade.Profile(List.of(34, 5), new Needs(true, false, false, false), List.of("ar")))),
                publish(CASES, new Settled("case-v2", "hh-v2", "092", LocalDate.of(2026, 2, 1),
                        IntegrationGroup.QUOTA_REFUGEE, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1))))),
                publish(COMPENSATION, new EntitlementOpened("ent-v3", "p-1", "hh-v2", "092", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2029, 1, 31), "QUOTA")));
        List<String> webhookIds = events.stream().map(e -> Notification.idFor(e, vantaa, Channel.WEBHOOK)).toList();

        await().atMost(PATIENCE).until(() -> webhookIds.stream().allMatch(id -> answered(path, id, 200) == 1));
        List<ServeEvent> requests = requests(path);
        assertThat(requests).as("the receiver failed three times first").hasSizeGreaterThanOrEqualTo(6);
        // WireMock's scenario state is not atomic: two requests racing at the switch may both be refused
        assertThat(requests.stream().filter(r -> r.getResponse().getStatus() == 503)).hasSizeGreaterThanOrEqualTo(3);
        // exactly once by idempotency key: each notification has one accepted request, and every request is signed
        assertThat(requests.stream().map(r -> r.getRequest().getHeader("Idempotency-Key")).distinct())
                .containsExactlyInAnyOrderElementsOf(webhookIds);
        for (ServeEvent request : requests) {
            byte[] body = request.getRequest().getBody();
            assertThat(signatureValid(request.getRequest().getHeader("Polku-Signature"), body)).isTrue();
            JsonNode json = EventCodec.json().readTree(body);
            assertThat(json.get("id").asString()).isEqualTo(request.getRequest().getHeader("Idempotency-Key"));
            assertThat(json.get("recipient").asString()).isEqualTo("municipality:092");
            assertThat(StreamSupport.stream(json.get("messages").spliterator(), false)
                    .map(m -> m.get("language").asString())).containsExactly("fi", "sv");
        }
        JsonNode offer = EventCodec.json().readTree(accepted(path, webhookIds.get(0)).getRequest().getBody());
        assertThat(offer.get("kind").asString()).isEqualTo("OFFER_MADE");
        assertThat(offer.get("messages").get(0).get("body").asString()).contains("iät 34, 5");
        assertThat(offer.get("messages").get(1).get("subject").asString())
                .isEqualTo("Erbjudande om kommunplats: svara senast 15.3.2026");

        // each notification's history shows its attempts; the retried ones published RETRYING, then DELIVERED
        List<JsonNode> histories = webhookIds.stream()
                .map(id -> operator().get("/api/v1/deliveries/" + id).expect(200).json()).toList();
        assertThat(histories).allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo("DELIVERED"));
        JsonNode retried = histories.stream().filter(d -> d.get("history").size() > 1).findFirst().orElseThrow();
        assertThat(retried.get("history").get(0).get("outcome").asString()).isEqualTo("RETRYING");
        assertThat(outcomes(retried.get("id").asString())).contains("RETRYING").endsWith("DELIVERED");
        assertThat(counted("WEBHOOK", "RETRYING")).isGreaterThanOrEqualTo(retryingBefore + 3);

        // e-mail: one message per notification (GreenMail keeps a copy per address), both languages in the
        // subject, a link and no details
        List<String> emailIds = events.stream().map(e -> Notification.idFor(e, vantaa, Channel.EMAIL)).toList();
        await().atMost(PATIENCE).until(() -> emailIds.stream().allMatch(id -> mails(id).size() == 2));
        MimeMessage mail = mails(emailIds.get(0)).get(0);
        assertThat(mail.getSubject()).isEqualTo(
                "Kuntapaikkatarjous: vastatkaa viimeistään 15.3.2026 / Erbjudande om kommunplats: svara senast 15.3.2026");
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .containsExactly("kirjaamo@vantaa.test", "maahanmuutto@vantaa.test");
        String text = (String) mail.getContent();
        String inboxId = Notification.idFor(events.get(0), vantaa, Channel.INBOX);
        assertThat(text).contains("Teille on uusi ilmoitus Polussa", "Ni har ett nytt meddelande i Polku",
                "https://polku.test/notification/api/v1/inbox/" + inboxId)
                .doesNotContain("iät", "åldrar", "arabia", "sosiaali", "hh-v1");
        assertThat(counted("EMAIL", "DELIVERED")).isGreaterThanOrEqualTo(3);
        // the link leads to the full text for the municipality's officers
        assertThat(officer("092").get("/api/v1/inbox/" + inboxId).expect(200).json().get("messages").get(0)
                .get("body").asString()).contains("iät 34, 5");
    }

    @Test
    void aDeadEndpointEndsFailedIsResendableAndDoesNotDelayAHealthyOne() {
        String dead = "/dead-" + RUN;
        String healthy = "/healthy-" + RUN;
        RECEIVER.stubFor(post(dead).willReturn(aResponse().withStatus(500).withFixedDelay(700)));
        RECEIVER.stubFor(post(healthy).willReturn(ok()));
        Recipient hyvinkaa = Recipient.municipality("106");
        Recipient lahti = Recipient.municipality("398");
        setChannels(officer("106"), hyvinkaa, receiverUrl(dead), List.of());
        setChannels(officer("398"), lahti, receiverUrl(healthy), List.of());
        // and one whose host refuses connections altogether
        Recipient hameenlinna = Recipient.municipality("109");
        setChannels(officer("109"), hameenlinna, "http://127.0.0.1:" + closedPort() + "/hook", List.of());
        String refusedId = Notification.idFor(publish(CASES, settled("case-r", "109")), hameenlinna, Channel.WEBHOOK);

        List<String> deadIds = IntStream.range(0, 5).mapToObj(i -> publish(CASES, settled("case-d" + i, "106")))
                .map(e -> Notification.idFor(e, hyvinkaa, Channel.WEBHOOK)).toList();
        String healthyId = Notification.idFor(publish(CASES, settled("case-h", "398")), lahti, Channel.WEBHOOK);

        // the healthy endpoint is served within a bound while the dead one is still being retried
        await().atMost(Duration.ofSeconds(3)).until(() -> answered(healthy, healthyId, 200) == 1);
        assertThat(deadIds.stream().map(this::status)).anyMatch(s -> s.equals("PENDING") || s.equals("RETRYING"));

        await().atMost(PATIENCE).until(() -> operator().get("/api/v1/deliveries?status=FAILED&recipient=municipality:106")
                .expect(200).json().size() == 5);
        JsonNode failed = operator().get("/api/v1/deliveries/" + deadIds.get(0)).expect(200).json();
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("history")).hasSize(6);
        assertThat(failed.get("history").get(5).get("outcome").asString()).isEqualTo("FAILED");
        assertThat(StreamSupport.stream(failed.get("history").spliterator(), false)
                .map(a -> a.path("statusCode").isNumber() ? a.get("statusCode").asString() : a.path("error").asString()))
                .contains("500").allMatch(s -> s.equals("500") || s.equals("circuit breaker open")
                        || s.equals("no answer in time"));
        assertThat(outcomes(deadIds.get(0))).endsWith("FAILED");
        assertThat(failed.has("messages")).as("operators do not read the text").isFalse();
        await().atMost(PATIENCE).until(() -> status(refusedId).equals("FAILED"));
        assertThat(operator().get("/api/v1/deliveries/" + refusedId).expect(200).json().get("history").get(0)
                .get("error").asString()).isEqualTo("connection refused");

        // the receiver is mended; a re-send goes out with the same idempotency key
        RECEIVER.stubFor(post(dead).willReturn(ok()));
        ApiClient.Response resent = operator().post("/api/v1/deliveries/" + deadIds.get(0) + "/resend", "");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().get("status").asString()).isEqualTo("PENDING");
        await().atMost(PATIENCE).until(() -> answered(dead, deadIds.get(0), 200) == 1);
        await().atMost(PATIENCE).until(() -> status(deadIds.get(0)).equals("DELIVERED"));
        ApiClient.Response again = operator().post("/api/v1/deliveries/" + deadIds.get(0) + "/resend", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        // a municipality sees its own deliveries only
        assertThat(officer("106").get("/api/v1/deliveries/" + deadIds.get(1)).status()).isEqualTo(200);
        assertThat(officer("398").get("/api/v1/deliveries/" + deadIds.get(1)).status()).isEqualTo(403);
        assertThat(officer("398").post("/api/v1/deliveries/" + deadIds.get(1) + "/resend", "").status()).isEqualTo(403);
        assertThat(officer("398").get("/api/v1/deliveries?recipient=municipality:106").status()).isEqualTo(403);
        assertThat(officer("106").get("/api/v1/deliveries").expect(200).json()).hasSize(4);
        assertThat(as(TestUser.compensationOfficer()).get("/api/v1/deliveries").status()).isEqualTo(403);
    }

    @Test
    void aDeliveryWhoseWorkerDiedIsSentAgainWithTheSameIdempotencyKey() {
        String path = "/crash-" + RUN;
        RECEIVER.stubFor(post(path).willReturn(ok()));
        Recipient turku = Recipient.municipality("853");
        setChannels(officer("853"), turku, receiverUrl(path), List.of());
        String id = Notification.idFor(publish(CASES, settled("case-c", "853")), turku, Channel.WEBHOOK);
        await().atMost(PATIENCE).until(() -> answered(path, id, 200) == 1);
        await().atMost(PATIENCE).until(() -> status(id).equals("DELIVERED"));

        // what a worker leaves behind when it dies after sending but before recording: a claimed, open delivery
        Instant now = Instant.now();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("state.status", "PENDING")
                .set("state.nextAttemptAt", Date.from(now)).set("state.leaseUntil", Date.from(now.plusSeconds(1)))
                .inc("version", 1), "notifications");

        // once the lease runs out it is claimed again and sent with the same key, and the same body
        await().atMost(PATIENCE).until(() -> requests(path).stream().filter(r -> id.equals(
                r.getRequest().getHeader("Idempotency-Key"))).count() == 2);
        List<ServeEvent> both = requests(path).stream()
                .filter(r -> id.equals(r.getRequest().getHeader("Idempotency-Key"))).toList();
        assertThat(both.get(0).getRequest().getBodyAsString()).isEqualTo(both.get(1).getRequest().getBodyAsString());
        await().atMost(PATIENCE).until(() -> status(id).equals("DELIVERED"));
    }

    @Test
    void anUnansweredOfferIsRemindedOfOnce() {
        String offerId = "offer-r-" + RUN;
        publish(CASES, new OfferMade("case-r", offerId, "hh-r", "837", LocalDate.now().plusDays(30),
                new OfferMade.Profile(List.of(40), Needs.none(), List.of("so"))));
        await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(offerId)
                .and("state.status").is("WAITING")), "offer_reminders"));
        // the time comes
        mongo.updateFirst(Query.query(Criteria.where("_id").is(offerId)),
                new Update().set("state.remindAt", Date.from(Instant.now().minusSeconds(1))).inc("version", 1),
                "offer_reminders");

        await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(offerId)
                .and("state.status").is("SENT")), "offer_reminders"));
        List<JsonNode> reminders = StreamSupport.stream(officer("837").get("/api/v1/inbox?size=100").expect(200).json()
                .spliterator(), false).filter(n -> n.get("kind").asString().equals("OFFER_EXPIRING")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).get("about").asString()).isEqualTo("case-r");
        assertThat(reminders.get(0).get("messages").get(0).get("subject").asString())
                .startsWith("Muistutus: kuntapaikkatarjous päättyy");
    }

    private void setChannels(ApiClient officer, Recipient recipient, String url, List<String> emails) {
        JsonNode view = officer.put("/api/v1/recipients/" + recipient.key() + "/channels", Map.of(
                "webhook", Map.of("url", url, "secret", WEBHOOK_SECRET), "emails", emails)).expect(200).json();
        assertThat(view.toString()).doesNotContain(WEBHOOK_SECRET);
    }

    private static void failThreeTimesThenRecover(String path) {
        String scenario = "flaky " + path;
        RECEIVER.stubFor(post(path).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("failed once"));
        RECEIVER.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("failed once")
                .willReturn(serviceUnavailable()).willSetStateTo("failed twice"));
        RECEIVER.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("failed twice")
                .willReturn(serviceUnavailable()).willSetStateTo("recovered"));
        RECEIVER.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("recovered").willReturn(ok()));
    }

    private static Settled settled(String caseId, String municipality) {
        return new Settled(caseId, "hh-" + caseId, municipality, LocalDate.of(2026, 2, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1))));
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ServeEvent> requests(String path) {
        return RECEIVER.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path)).toList();
    }

    private static long answered(String path, String id, int status) {
        return requests(path).stream().filter(r -> id.equals(r.getRequest().getHeader("Idempotency-Key"))
                && r.getResponse().getStatus() == status).count();
    }

    private static ServeEvent accepted(String path, String id) {
        return requests(path).stream().filter(r -> id.equals(r.getRequest().getHeader("Idempotency-Key"))
                && r.getResponse().getStatus() == 200).findFirst().orElseThrow();
    }

    /** The receiver's check, written out here rather than taken from the service. */
    private static boolean signatureValid(String header, byte[] body) throws Exception {
        Map<String, String> parts = Arrays.stream(header.split(",")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        long timestamp = Long.parseLong(parts.get("t"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(body));
        return expected.equals(parts.get("v1")) && Math.abs(Instant.now().getEpochSecond() - timestamp) < 300;
    }

    private static List<MimeMessage> mails(String notificationId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return ("<" + notificationId + "@polku.notification>").equals(m.getMessageID());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private String status(String id) {
        return operator().get("/api/v1/deliveries/" + id).expect(200).json().get("status").asString();
    }

    private ApiClient operator() {
        return as(TestUser.operator());
    }

    private double counted(String channel, String outcome) {
        var counter = meters.find("polku.notifications").tags("channel", channel, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The outcomes published for one notification, in order, each decoded (and so checked against its schema). */
    private static List<String> outcomes(String notificationId) {
        return await().atMost(PATIENCE).until(() -> probe.records(DELIVERIES, EventType.NOTIFICATION_DELIVERED.typeName())
                .stream().filter(r -> notificationId.equals(r.key())).map(DeliveryFlowTest::decode)
                .map(NotificationDelivered::outcome).toList(), l -> !l.isEmpty() && !l.get(l.size() - 1).equals("RETRYING"));
    }

    private static NotificationDelivered decode(ConsumerRecord<String, byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value()));
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(record.key());
        return (NotificationDelivered) EventCodec.decode(KafkaCloudEvents.fromMessage(
                MessageBuilder.withPayload(record.value()).copyHeaders(headers).build()));
    }
}

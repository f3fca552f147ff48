package fi.polku.reception;

import fi.polku.events.EventCodec;
import fi.polku.events.EventEnvelope;
import fi.polku.events.EventType;
import fi.polku.events.placement.Assigned;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.kit.outbox.OutboxRelay;
import fi.polku.testkit.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HouseholdFlowTest extends ReceptionServiceTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;

    @Test
    void placementApplicationIsPublishedPseudonymouslyAndValidAgainstItsSchema() {
        String id = registerWithPermit("rc-oulu");
        consentForAll("rc-oulu", id, "MUNICIPALITY", "WELLBEING_SERVICES_COUNTY");
        staff("rc-oulu").post("/api/v1/households/" + id + "/placement-application", Map.of(
                "needs", Map.of("evidentSocialOrHealthCareNeeds", true, "accessibility", false, "largeFamily", false,
                        "unaccompaniedMinor", false),
                "languages", List.of("ar", "en"), "familyTiesMunicipalities", List.of("091"),
                "wishedMunicipalities", List.of("564"))).expect(201);

        var record = await().atMost(Duration.ofSeconds(20)).until(
                () -> probe.records(RESIDENTS, EventType.PLACEMENT_REQUESTED.typeName()).stream()
                        .filter(r -> id.equals(r.key())).findFirst(), java.util.Optional::isPresent).get();
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/polku/reception");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        String json = KafkaProbe.value(record);
        assertThat(json).doesNotContain("Amina", "Testinen", "131052-308T").contains("\"receptionMunicipality\":\"564\"");
        // decoding validates the data against the publisher's schema
        EventEnvelope envelope = KafkaCloudEvents.fromMessage(org.springframework.messaging.support.MessageBuilder
                .withPayload(record.value()).copyHeaders(headers(record)).build());
        assertThat(EventCodec.decode(envelope)).isNotNull();
        assertThat(staff("rc-oulu").get("/api/v1/households/" + id).json().get("status").asString())
                .isEqualTo("PLACEMENT_REQUESTED");
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        String id = registerWithPermit("rc-helsinki");
        UUID eventId = UUID.randomUUID();
        sendAssigned(eventId, id, "091");
        await().atMost(Duration.ofSeconds(20)).until(() -> "ASSIGNED".equals(status(id)));
        // the same event id again, with a different (impossible) content: a duplicate must change nothing
        sendAssigned(eventId, id, "049");
        UUID marker = UUID.randomUUID();
        sendAssigned(marker, UUID.randomUUID().toString(), "049"); // processed after the duplicate (same partition order not needed)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(consumed(id)).containsExactly(eventId.toString()));
        assertThat(household(id).get("assignedMunicipality").asString()).isEqualTo("091");
    }

    @Test
    void malformedEventsGoToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String id = registerWithPermit("rc-turku");
        String deadLetters = CASES + ".reception.dlt";
        int before = probe.records(deadLetters).size();
        // no CloudEvents attributes at all
        probe.send(CASES, id, Map.of(), "not json".getBytes(StandardCharsets.UTF_8));
        // a known type whose data violates the schema (municipality code is not 3 digits)
        probe.send(CASES, id, ceHeaders(UUID.randomUUID(), EventType.ASSIGNED.typeName(), id),
                ("{\"caseId\":\"c\",\"householdId\":\"" + id + "\",\"municipality\":\"Helsinki\","
                        + "\"receptionCentreId\":\"rc-turku\",\"assignedOn\":\"2026-01-05\"}").getBytes(StandardCharsets.UTF_8));
        // and then a good one, which must still be processed
        sendAssigned(UUID.randomUUID(), id, "853");

        await().atMost(Duration.ofSeconds(30)).until(() -> "ASSIGNED".equals(status(id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.records(deadLetters).size() >= before + 2);
        assertThat(household(id).get("assignedMunicipality").asString()).isEqualTo("853");
    }

    @Test
    void badRequestGetsProblemDetailsAndWritesNothing() {
        long before = mongo.count(new Query(), "households");
        var response = staff("rc-oulu").post("/api/v1/households", Map.of("receptionCentreId", "rc-oulu",
                "members", List.of(member("Amina", "1952-10-13", "131052-308U", "APPLICANT"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("members[0].personalIdentityCode");
        assertThat(error.get("reason").asString()).isEqualTo("check character does not match");
        assertThat(response.body()).doesNotContain("131052-308U");

        var missing = staff("rc-oulu").post("/api/v1/households", Map.of("receptionCentreId", "rc-oulu",
                "members", List.of(Map.of("firstNames", "X"))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").size()).isGreaterThanOrEqualTo(3);

        var unknownField = staff("rc-oulu").post("/api/v1/households", "{\"receptionCentreId\":\"rc-oulu\",\"members\":[],\"extra\":1}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asString()).isEqualTo("extra");
        assertThat(mongo.count(new Query(), "households")).isEqualTo(before);
    }

    @Test
    void concurrentUpdatesOfOneHouseholdAreNeverLost() throws Exception {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(member("Child " + i, "2015-01-0" + (i + 1), null, i == 0 ? "APPLICANT" : "CHILD"));
        }
        JsonNode household = staff("rc-espoo").post("/api/v1/households",
                Map.of("receptionCentreId", "rc-espoo", "members", members)).expect(201).json();
        String id = household.get("id").asString();
        CyclicBarrier start = new CyclicBarrier(8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (JsonNode member : household.get("members")) {
            String personId = member.get("personId").asString();
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return staff("rc-espoo").post("/api/v1/households/" + id + "/permits", permit(personId)).status();
            }, pool));
        }
        for (var call : calls) {
            assertThat(call.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(household(id).get("permits")).hasSize(8);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(RESIDENTS, EventType.PERMIT_GRANTED.typeName())
                .stream().filter(r -> id.equals(r.key())).count() == 8);
    }

    @Test
    void aCrashBetweenTheWriteAndThePublishLosesNothing() {
        String id = registerWithPermit("rc-tampere");
        relay.stop(); // the process "dies" after the write: state and event are in the document, nothing is sent
        try {
            staff("rc-tampere").post("/api/v1/households/" + id + "/move-out",
                    Map.of("date", "2026-02-01", "destinationMunicipality", "837")).expect(200);
            var outbox = mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class, "households")
                    .getList("outbox", org.bson.Document.class);
            assertThat(outbox).extracting(d -> d.getString("type")).contains(EventType.MOVED_OUT.typeName());
            assertThat(probe.records(RESIDENTS, EventType.MOVED_OUT.typeName())).noneMatch(r -> id.equals(r.key()));
        } finally {
            relay.start(); // the restart
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(RESIDENTS, EventType.MOVED_OUT.typeName())
                .stream().anyMatch(r -> id.equals(r.key())));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findOne(Query.query(Criteria.where("_id").is(id)),
                org.bson.Document.class, "households").getList("outbox", Object.class).isEmpty());
    }

    private void sendAssigned(UUID eventId, String householdId, String municipality) {
        var data = EventCodec.json().writeValueAsBytes(new Assigned(UUID.randomUUID().toString(), householdId,
                municipality, "rc-x", LocalDate.of(2026, 1, 5)));
        probe.send(CASES, householdId, ceHeaders(eventId, EventType.ASSIGNED.typeName(), householdId), data);
    }

    private static Map<String, String> ceHeaders(UUID id, String type, String subject) {
        Map<String, String> h = new HashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id.toString());
        h.put("ce_type", type);
        h.put("ce_source", "/polku/placement");
        h.put("ce_time", Instant.now().toString());
        h.put("ce_subject", subject);
        h.put("content-type", "application/json");
        return h;
    }

    static Map<String, Object> headers(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r) {
        Map<String, Object> h = new HashMap<>();
        r.headers().forEach(x -> h.put(x.key(), x.value()));
        return h;
    }

    private JsonNode household(String id) {
        String centre = mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class, "households")
                .get("state", org.bson.Document.class).getString("receptionCentreId");
        return staff(centre).get("/api/v1/households/" + id).expect(200).json();
    }

    private String status(String id) {
        return household(id).get("status").asString();
    }

    private List<String> consumed(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class, "households")
                .getList("consumedEventIds", String.class);
    }
}

package fi.polku.events;

import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.DecisionReason;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.ResidenceChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Stream<PolkuEvent> samples() {
        return Stream.of(
                new PermitGranted("h", "p", "rc-oulu", D, "continuous (A)", IntegrationGroup.INTERNATIONAL_PROTECTION),
                new PlacementRequested("a", "h", "rc-oulu", "564", IntegrationGroup.QUOTA_REFUGEE, D,
                        List.of(new PlacementRequested.Member("p", LocalDate.of(1990, 1, 1), "APPLICANT", false)),
                        Needs.none(), List.of("ar"), List.of("091"), List.of("179")),
                new MovedOut("h", "rc-oulu", D, "091"),
                new ConsentRevoked("h", "p", List.of(ConsentRevoked.Recipient.MUNICIPALITY), D),
                new SelfMoveReported("h", "rc-oulu", "091", D, IntegrationGroup.INTERNATIONAL_PROTECTION, D,
                        List.of(new PlacementRequested.Member("p", LocalDate.of(1990, 1, 1), "APPLICANT", false))),
                new OfferDeclined("c", "o", "h", "091", "NO_HOUSING", D),
                new OfferExpired("c", "o", "h", "091", D),
                new ResidenceChanged("c", "h", "091", "049", D, List.of("p")),
                new CaseOpened("c", "h", "ASSISTED", IntegrationGroup.FAMILY_REUNIFICATION, "rc-oulu", D, 2),
                new OfferMade("c", "o", "h", "091", D, new OfferMade.Profile(List.of(30, 4), Needs.none(), List.of("so"))),
                new OfferAccepted("c", "o", "h", "091", D),
                new Assigned("c", "h", "091", "rc-oulu", D),
                new Settled("c", "h", "091", D, IntegrationGroup.TEMPORARY_PROTECTION,
                        List.of(new Settled.Resident("p", LocalDate.of(2019, 3, 1)))),
                new AgreementChanged("091", D, null, List.of(new AgreementChanged.ConfirmedPlaces(2026, "QUOTA", 40)),
                        true, null),
                new EntitlementOpened("e", "p", "h", "091", D, D.plusYears(2).minusDays(1), "OTHER"),
                new PaymentRunCompleted("r", "2026-03", Instant.parse("2026-03-02T08:00:00Z"), 5419200, 16292,
                        List.of(new PaymentRunCompleted.Proposal("pp", "MUNICIPALITY", "091", 5419200, 16292, 101),
                                new PaymentRunCompleted.Proposal("pc", "WELLBEING_COUNTY", "Helsingin kaupunki",
                                        285000, 0, 100))),
                new PaymentWithheld("r", "2026-03", "564", "no-integration-programme", 2, 19167,
                        "Register the integration programme"),
                new ClaimDecided("c", "091", "p", "INTERPRETING", "APPROVED", 12000, 12000,
                        DecisionReason.ELIGIBILITY_CONFIRMED),
                new SupplementaryApplicationDecided("a", "AMIF-SYLVIA-2022", "091", "REJECTED", 3, 0,
                        DecisionReason.NOT_ELIGIBLE),
                new NotificationDelivered("n", "municipality:091", "INBOX", "DELIVERED", UUID.randomUUID().toString(),
                        Instant.now()));
    }

    @Test
    void everyEventTypeHasASample() {
        assertThat(samples().map(EventType::of).distinct()).hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aValidEventRoundTripsThroughTheEnvelope(PolkuEvent event) {
        EventCodec codec = new EventCodec("/polku/test");
        EventEnvelope envelope = codec.encode(UUID.randomUUID(), Instant.now(), event);
        assertThat(envelope.type()).isEqualTo(EventType.of(event).typeName());
        assertThat(EventCodec.decode(envelope)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSchemaRejectsDataMissingARequiredField(PolkuEvent event) {
        EventType type = EventType.of(event);
        ObjectNode tree = (ObjectNode) EventCodec.json().valueToTree(event);
        String first = tree.propertyNames().iterator().next();
        tree.remove(first);
        assertThat(EventSchemas.violations(type, tree)).isNotEmpty();
    }

    @Test
    void publishingDataThatViolatesTheSchemaFails() {
        EventCodec codec = new EventCodec("/polku/test");
        assertThatThrownBy(() -> codec.encode(UUID.randomUUID(), Instant.now(), new MovedOut("h", "rc", D, "Helsinki")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("violates its schema");
    }

    @Test
    void consumersIgnoreFieldsTheyDoNotKnow() {
        ObjectNode tree = (ObjectNode) EventCodec.json().valueToTree(new MovedOut("h", "rc", D, "091"));
        tree.put("addedLater", "by a newer publisher");
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), EventType.MOVED_OUT.typeName(), "/polku/reception",
                Instant.now(), "h", EventCodec.json().writeValueAsBytes(tree));
        assertThat(EventCodec.decode(envelope)).isEqualTo(new MovedOut("h", "rc", D, "091"));
    }

    /** Events carry pseudonymous ids: no names, identity codes, contact details or free-text health information. */
    @Test
    void noSchemaCarriesDirectlyIdentifyingOrHealthFreeText() throws Exception {
        Pattern forbidden = Pattern.compile("(?i).*(name|identitycode|hetu|ssn|email|phone|address|diagnos|health(info|text|notes)|note|comment|description).*");
        Set<String> allowed = Set.of("title", "description", "$schema", "$id");
        for (EventType type : EventType.values()) {
            JsonNode schema = EventCodec.json().readTree(getClass().getResourceAsStream(type.schemaResource()));
            List<String> offending = propertyNames(schema).filter(p -> !allowed.contains(p))
                    .filter(p -> forbidden.matcher(p).matches()).toList();
            assertThat(offending).as(type.typeName()).isEmpty();
        }
    }

    private static Stream<String> propertyNames(JsonNode node) {
        if (node == null || !(node.isObject() || node.isArray())) {
            return Stream.empty();
        }
        Stream<String> own = node.has("properties") && node.get("properties").isObject()
                ? node.get("properties").propertyNames().stream() : Stream.empty();
        return Stream.concat(own, node.valueStream().flatMap(EventSchemasTest::propertyNames));
    }

    @Test
    void topicNamesAreVersioned() {
        assertThat(Arrays.stream(Topic.values()).map(Topic::topicName)).allMatch(n -> n.matches("polku\\.[a-z.]+\\.v\\d+"));
    }
}

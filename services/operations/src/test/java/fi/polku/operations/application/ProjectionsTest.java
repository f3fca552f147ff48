package fi.polku.operations.application;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.operations.domain.DeadLetter;
import fi.polku.operations.domain.HouseholdPath;
import fi.polku.operations.domain.MunicipalityPlaces;
import fi.polku.operations.domain.NotificationOutcome;
import fi.polku.operations.domain.Stage;
import fi.polku.operations.domain.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionsTest {

    static final LocalDate PERMIT = LocalDate.of(2026, 9, 1);
    static final String HH = "hh-1";
    static final String CASE = "case-1";

    final InMemoryAggregates<HouseholdPath> households = new InMemoryAggregates<>();
    final InMemoryAggregates<MunicipalityPlaces> municipalities = new InMemoryAggregates<>();
    final InMemoryAggregates<NotificationOutcome> notifications = new InMemoryAggregates<>();
    final Map<String, DeadLetter> deadLetters = new HashMap<>();
    final Regions regions = new Regions() {
        @Override
        public Optional<Region> ofMunicipality(String municipality) {
            return Optional.of(municipality.equals("179") ? new Region("13", "Keski-Suomi") : new Region("01", "Uusimaa"));
        }

        @Override
        public Optional<Region> byCode(String code) {
            return Optional.empty();
        }
    };
    final Projections projections = new Projections(households, municipalities, notifications,
            d -> deadLetters.putIfAbsent(d.id(), d) == null, regions);
    Instant clock = Instant.parse("2026-10-01T08:00:00Z");

    @Test
    void aHouseholdMovesAlongThePathAndItsTimelineTellsTheStoryWithoutPersonalData() {
        projections.permitGranted(event(new PermitGranted(HH, "p-1", "rc-oulu", PERMIT, "continuous (A)",
                IntegrationGroup.INTERNATIONAL_PROTECTION)));
        assertThat(household().stage()).isEqualTo(Stage.PERMIT);
        projections.placementRequested(event(new PlacementRequested("app-1", HH, "rc-oulu", "564",
                IntegrationGroup.INTERNATIONAL_PROTECTION, PERMIT,
                List.of(new PlacementRequested.Member("p-1", LocalDate.of(1990, 1, 1), "APPLICANT", false)),
                Needs.none(), List.of("ar"), List.of(), List.of("179"))));
        assertThat(household().stage()).isEqualTo(Stage.APPLIED);
        projections.caseOpened(event(opened()));
        assertThat(household().stage()).isEqualTo(Stage.WAITING_FOR_OFFER);
        projections.offerMade(event(offer("179")));
        assertThat(household().stage()).isEqualTo(Stage.OFFERED);
        projections.offerAccepted(event(new OfferAccepted(CASE, "o-1", HH, "179", PERMIT.plusDays(20))));
        projections.assigned(event(new Assigned(CASE, HH, "179", "rc-oulu", PERMIT.plusDays(21))));
        projections.movedOut(event(new MovedOut(HH, "rc-oulu", PERMIT.plusDays(30), "179")));
        projections.settled(event(new Settled(CASE, HH, "179", PERMIT.plusDays(30),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1))))));
        projections.entitlementOpened(event(new EntitlementOpened("e-1", "p-1", HH, "179", PERMIT.plusDays(30),
                PERMIT.plusDays(30).plusYears(2), "INTERNATIONAL_PROTECTION")));

        HouseholdPath h = household();
        assertThat(h.stage()).isEqualTo(Stage.COMPENSATED);
        assertThat(h.caseId()).isEqualTo(CASE);
        assertThat(h.assignedMunicipality()).isEqualTo("179");
        assertThat(h.timeline()).extracting(TimelineEntry::type).containsExactly("PermitGranted",
                "PlacementRequested", "CaseOpened", "OfferMade", "OfferAccepted", "Assigned", "MovedOut", "Settled",
                "EntitlementOpened");
        assertThat(h.timeline().get(3).summary()).isEqualTo("offered to 179, answer by 2026-10-15");
        assertThat(h.timeline().get(3).source()).isEqualTo("/polku/placement");
        assertThat(h.timeline()).extracting(TimelineEntry::summary).noneMatch(s -> s.contains("p-1"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        IncomingEvent<CaseOpened> opened = event(opened());
        IncomingEvent<OfferMade> offer = event(offer("179"));
        projections.caseOpened(opened);
        projections.offerMade(offer);
        projections.caseOpened(opened);
        projections.offerMade(offer);
        assertThat(household().timeline()).hasSize(2);
        assertThat(household().stage()).isEqualTo(Stage.OFFERED);
    }

    @Test
    void aDeclinedOfferSendsTheCaseBackToTheQueueButALateDeclineDoesNotUndoProgress() {
        projections.caseOpened(event(opened()));
        projections.offerMade(event(offer("853")));
        projections.offerDeclined(event(new OfferDeclined(CASE, "o-1", HH, "853", "NO_HOUSING", PERMIT.plusDays(3))));
        assertThat(household().stage()).isEqualTo(Stage.WAITING_FOR_OFFER);
        projections.offerMade(event(offer("680")));
        projections.assigned(event(new Assigned(CASE, HH, "680", "rc-turku", PERMIT.plusDays(9))));
        projections.offerDeclined(event(new OfferDeclined(CASE, "o-0", HH, "853", "NO_HOUSING", PERMIT.plusDays(3))));
        assertThat(household().stage()).isEqualTo(Stage.ASSIGNED);
    }

    @Test
    void eventsFromDifferentTopicsMayArriveInAnyOrder() {
        projections.movedOut(event(new MovedOut(HH, "rc-oulu", PERMIT.plusDays(30), "179")));
        clock = clock.minusSeconds(3600); // the case's events happened earlier but arrive later
        projections.caseOpened(event(opened()));
        assertThat(household().stage()).isEqualTo(Stage.MOVED_OUT);
        assertThat(household().caseId()).isEqualTo(CASE);
        assertThat(household().timeline()).extracting(TimelineEntry::type).containsExactly("CaseOpened", "MovedOut");
    }

    @Test
    void aCaseIsPastItsTargetWhenItsPermitIsOlderAndItIsNotAssigned() {
        projections.caseOpened(event(opened()));
        HouseholdPath h = household();
        assertThat(h.pastTarget(Period.ofDays(60), PERMIT.plusDays(60))).isFalse();
        assertThat(h.pastTarget(Period.ofDays(60), PERMIT.plusDays(61))).isTrue();
        projections.assigned(event(new Assigned(CASE, HH, "179", "rc-oulu", PERMIT.plusDays(70))));
        assertThat(household().pastTarget(Period.ofDays(60), PERMIT.plusDays(80))).isFalse();
    }

    @Test
    void aSelfMoveIsNeverPastTheTarget() {
        projections.caseOpened(event(new CaseOpened(CASE, HH, "SELF_MOVE", IntegrationGroup.INTERNATIONAL_PROTECTION,
                "rc-oulu", PERMIT, 1)));
        assertThat(household().pastTarget(Period.ofDays(60), PERMIT.plusYears(1))).isFalse();
    }

    @Test
    void theLatestAgreementStatesAMunicipalitysPlacesInItsRegion() {
        projections.agreementChanged(event(agreement(100)));
        projections.agreementChanged(event(agreement(150)));
        MunicipalityPlaces m = municipalities.find("179").orElseThrow();
        assertThat(m.region()).isEqualTo("13");
        assertThat(m.placesIn(2026)).isEqualTo(150 + 5);
        assertThat(m.placesIn(2027)).isZero();
    }

    @Test
    void aNotificationIsFailedWhenItsLatestOutcomeIs() {
        Instant sent = clock;
        projections.notificationDelivered(event(delivery("RETRYING", sent)));
        projections.notificationDelivered(event(delivery("FAILED", sent.plusSeconds(60))));
        projections.notificationDelivered(event(delivery("RETRYING", sent.plusSeconds(30)))); // late, older
        assertThat(notifications.find("n-1").orElseThrow().failed()).isTrue();
        projections.notificationDelivered(event(delivery("DELIVERED", sent.plusSeconds(600)))); // resent
        assertThat(notifications.find("n-1").orElseThrow().failed()).isFalse();
    }

    @Test
    void aDeadLetterIsKnownByItsPlaceInItsTopicAndNamesTheTopicAndConsumer() {
        DeadLetter d = DeadLetter.of("t1.polku.placement.cases.v1.reception.dlt", 0, 7, "fi.polku.placement.CaseOpened",
                "id-1", "x".repeat(1000), clock);
        assertThat(d.originalTopic()).isEqualTo("t1.polku.placement.cases.v1");
        assertThat(d.consumer()).isEqualTo("reception");
        assertThat(d.reason()).hasSizeLessThan(310);
        assertThat(DeadLetter.of("t1.polku.placement.cases.v1.reception.dlt", 0, 8, null, null,
                "error occurred in message handler [handler]\nEvent 1 of type X violates its schema: [/caseId]", clock)
                .reason()).isEqualTo("Event 1 of type X violates its schema: [/caseId]");
        assertThat(projections.deadLettered(d)).isTrue();
        assertThat(projections.deadLettered(DeadLetter.of("t1.polku.placement.cases.v1.reception.dlt", 0, 7, null,
                null, null, clock))).isFalse();
        assertThat(deadLetters).hasSize(1);
    }

    private HouseholdPath household() {
        return households.find(HH).orElseThrow();
    }

    private <E extends PolkuEvent> IncomingEvent<E> event(E data) {
        clock = clock.plusSeconds(60);
        return new IncomingEvent<>(UUID.randomUUID(), clock, data);
    }

    private static CaseOpened opened() {
        return new CaseOpened(CASE, HH, "ASSISTED", IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", PERMIT, 3);
    }

    private static OfferMade offer(String municipality) {
        return new OfferMade(CASE, "o-" + municipality, HH, municipality, LocalDate.of(2026, 10, 15),
                new OfferMade.Profile(List.of(36, 7, 5), Needs.none(), List.of("ar")));
    }

    private static AgreementChanged agreement(int asylumPlaces) {
        return new AgreementChanged("179", LocalDate.of(2017, 1, 1), null,
                List.of(new AgreementChanged.ConfirmedPlaces(2026, "ASYLUM", asylumPlaces),
                        new AgreementChanged.ConfirmedPlaces(2026, "QUOTA", 5)), false,
                new AgreementChanged.IntegrationProgramme(LocalDate.of(2025, 1, 1), null));
    }

    private static NotificationDelivered delivery(String outcome, Instant at) {
        return new NotificationDelivered("n-1", "municipality:179", "WEBHOOK", outcome, "src-1", at);
    }
}

package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferMade;
import fi.polku.kit.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementCaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static PlacementCase family(int size) {
        List<CaseMember> members = java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> new CaseMember("p" + i, LocalDate.of(1990 + i * 10, 5, 1), i == 0 ? "APPLICANT" : "CHILD",
                        false)).toList();
        return PlacementCase.fromApplication("c1", "h1", IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", "564",
                "17", LocalDate.of(2026, 1, 10), TODAY, members, Needs.none(), List.of("ar"), List.of(), List.of());
    }

    @Test
    void anOfferCarriesAnAnonymisedProfileAndTheDeadline() {
        PlacementCase c = family(3);
        OfferMade offer = c.offer("o1", "091", TODAY, Period.ofDays(14));
        assertThat(offer.deadline()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(offer.profile().memberAges()).containsExactly(35, 25, 15);
        assertThat(c.status()).isEqualTo(CaseStatus.OFFERED);
    }

    @Test
    void needsWithdrawnUnderARevokedConsentAreForwardedByNoLaterOffer() {
        List<CaseMember> members = List.of(new CaseMember("p0", LocalDate.of(1990, 5, 1), "APPLICANT", false));
        PlacementCase c = PlacementCase.fromApplication("c2", "h2", IntegrationGroup.INTERNATIONAL_PROTECTION,
                "rc-oulu", "564", "17", LocalDate.of(2026, 1, 10), TODAY, members, new Needs(true, true, false, false),
                List.of("ar"), List.of(), List.of());
        assertThat(c.offer("o1", "091", TODAY, Period.ofDays(14)).profile().needs().accessibility()).isTrue();
        c.decline("o1", PlacementCase.DeclineReason.NO_HOUSING, TODAY);
        c.withdrawNeeds(TODAY);
        c.withdrawNeeds(TODAY.plusDays(1)); // a redelivery keeps the first date
        assertThat(c.needsWithdrawnOn()).contains(TODAY);
        assertThat(c.offer("o2", "564", TODAY, Period.ofDays(14)).profile().needs()).isEqualTo(Needs.none());
    }

    @Test
    void acceptanceOnTheDeadlineAssignsAndAfterItIsRefused() {
        PlacementCase onTime = family(1);
        onTime.offer("o1", "091", TODAY, Period.ofDays(14));
        var events = onTime.accept("o1", LocalDate.of(2026, 3, 16));
        assertThat(events).hasSize(2).hasExactlyElementsOfTypes(OfferAccepted.class, Assigned.class);
        assertThat(onTime.assignedMunicipality()).contains("091");

        PlacementCase late = family(1);
        late.offer("o1", "091", TODAY, Period.ofDays(14));
        assertThatThrownBy(() -> late.accept("o1", LocalDate.of(2026, 3, 17)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("deadline");
    }

    @Test
    void aDeclinedOrExpiredOfferReturnsTheCaseToTheQueueAndIsNotOfferedThereAgain() {
        PlacementCase c = family(2);
        c.offer("o1", "091", TODAY, Period.ofDays(14));
        var declined = c.decline("o1", PlacementCase.DeclineReason.NO_HOUSING, TODAY.plusDays(1));
        assertThat(declined.reason()).isEqualTo("NO_HOUSING");
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        c.offer("o2", "049", TODAY.plusDays(2), Period.ofDays(14));
        assertThat(c.expireOffers(LocalDate.of(2026, 3, 18))).isEmpty();  // the deadline day itself is still in time
        assertThat(c.expireOffers(LocalDate.of(2026, 3, 19))).get().extracting(e -> e.municipality()).isEqualTo("049");
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.refusedBy()).containsExactly("091", "049");
    }

    @Test
    void anOfferIsAnsweredOnlyOnce() {
        PlacementCase c = family(1);
        c.offer("o1", "091", TODAY, Period.ofDays(14));
        c.accept("o1", TODAY);
        assertThatThrownBy(() -> c.accept("o1", TODAY)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> c.decline("o1", PlacementCase.DeclineReason.OTHER, TODAY))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void residenceHistoryIsKeptForCompensationToFollowThePerson() {
        PlacementCase c = family(2);
        c.offer("o1", "091", TODAY, Period.ofDays(14));
        c.accept("o1", TODAY);
        c.settle("091", LocalDate.of(2026, 4, 1));
        var changed = c.changeResidence("049", LocalDate.of(2026, 9, 15));
        assertThat(changed.fromMunicipality()).isEqualTo("091");
        assertThat(changed.personIds()).containsExactly("p0", "p1");
        assertThat(c.residences()).extracting(Residence::municipality).containsExactly("091", "049");
        assertThatThrownBy(() -> c.changeResidence("179", LocalDate.of(2026, 9, 15)))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aQuotaFamilyArrivesOnlyAfterAMunicipalityAccepted() {
        PlacementCase quota = PlacementCase.fromQuotaIntake("q1", "13", TODAY, TODAY,
                List.of(new CaseMember("p", LocalDate.of(1980, 1, 1), "APPLICANT", false)), Needs.none(), List.of("ar"),
                false, new QuotaProfile("UNHCR-1", List.of("secondary"), List.of("teacher"), null));
        assertThatThrownBy(() -> quota.settle("179", TODAY)).isInstanceOf(DomainRuleViolation.class);
        quota.offer("o1", "179", TODAY, Period.ofDays(14));
        quota.accept("o1", TODAY);
        assertThat(quota.settle("179", TODAY.plusDays(40)).integrationGroup()).isEqualTo(IntegrationGroup.QUOTA_REFUGEE);
    }

    @Test
    void timeOnThePathIsCountedFromThePermitAgainstTheTarget() {
        PlacementCase c = family(1); // permit 2026-01-10, opened 2026-03-02
        assertThat(c.pastTarget(Period.ofDays(60), LocalDate.of(2026, 3, 11))).isFalse();
        assertThat(c.pastTarget(Period.ofDays(60), LocalDate.of(2026, 3, 12))).isTrue();
        c.offer("o1", "091", LocalDate.of(2026, 3, 10), Period.ofDays(14));
        c.accept("o1", LocalDate.of(2026, 3, 20));
        PathTimes times = c.pathTimes(LocalDate.of(2026, 3, 20));
        assertThat(times.toApplication()).isEqualTo(51);
        assertThat(times.toOffer()).isEqualTo(59);
        assertThat(times.toAssignment()).isEqualTo(69);
        assertThat(times.toResidence()).isNull();
        assertThat(c.pastTarget(Period.ofDays(60), LocalDate.of(2026, 3, 20))).isFalse();
    }
}

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

    static PlacementCase family(int size, List<String> wishes, List<String> ties) {
        List<CaseMember> members = java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> new CaseMember("p" + i, LocalDate.of(1990 + i * 10, 5, 1), i == 0 ? "APPLICANT" : "CHILD",
                        false)).toList();
        return PlacementCase.fromApplication("c1", "h1", IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", "564",
                LocalDate.of(2026, 1, 10), TODAY, members, Needs.none(), List.of("ar"), ties, wishes);
    }

    @Test
    void anOfferCarriesAnAnonymisedProfileAndTheDeadline() {
        PlacementCase c = family(3, List.of(), List.of());
        OfferMade offer = c.offer("o1", "091", TODAY, Period.ofDays(14));
        assertThat(offer.deadline()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(offer.profile().memberAges()).containsExactly(35, 25, 15);
        assertThat(c.status()).isEqualTo(CaseStatus.OFFERED);
    }

    @Test
    void acceptanceOnTheDeadlineAssignsAndAfterItIsRefused() {
        PlacementCase onTime = family(1, List.of(), List.of());
        onTime.offer("o1", "091", TODAY, Period.ofDays(14));
        var events = onTime.accept("o1", LocalDate.of(2026, 3, 16));
        assertThat(events).hasSize(2).hasExactlyElementsOfTypes(OfferAccepted.class, Assigned.class);
        assertThat(onTime.assignedMunicipality()).contains("091");

        PlacementCase late = family(1, List.of(), List.of());
        late.offer("o1", "091", TODAY, Period.ofDays(14));
        assertThatThrownBy(() -> late.accept("o1", LocalDate.of(2026, 3, 17)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("deadline");
    }

    @Test
    void anOfferIsAnsweredOnlyOnce() {
        PlacementCase c = family(1, List.of(), List.of());
        c.offer("o1", "091", TODAY, Period.ofDays(14));
        c.accept("o1", TODAY);
        assertThatThrownBy(() -> c.accept("o1", TODAY)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void theChoicePrefersWishesThenFamilyTiesThenMostPlacesAndNeverSplitsAFamily() {
        Agreement small = agreement("091", 2);
        Agreement tie = agreement("049", 10);
        Agreement big = agreement("837", 50);
        var all = List.of(small, tie, big);
        assertThat(MunicipalityChoice.choose(family(2, List.of("091"), List.of("049")), all, TODAY)).contains("091");
        // 091 has 2 places: a family of 3 goes to its ties instead
        assertThat(MunicipalityChoice.choose(family(3, List.of("091"), List.of("049")), all, TODAY)).contains("049");
        assertThat(MunicipalityChoice.choose(family(3, List.of(), List.of()), all, TODAY)).contains("837");
        assertThat(MunicipalityChoice.choose(family(60, List.of(), List.of()), all, TODAY)).isEmpty();
    }

    private static Agreement agreement(String municipality, int places) {
        return Agreement.of(municipality, new AgreementTerms(LocalDate.of(2020, 1, 1), null,
                List.of(new ConfirmedPlaces(2026, PlaceGroup.ASYLUM, places)), false, null));
    }
}

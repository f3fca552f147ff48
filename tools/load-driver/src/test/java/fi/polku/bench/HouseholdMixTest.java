package fi.polku.bench;

import fi.polku.bench.HouseholdMix.Destination;
import fi.polku.bench.HouseholdMix.PlannedHousehold;
import fi.polku.bench.HouseholdMix.Route;
import fi.polku.localstack.HouseholdProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class HouseholdMixTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final List<Destination> DESTINATIONS = List.of(new Destination("179", "13", "rc-oulu"),
            new Destination("564", "17", "rc-oulu"), new Destination("837", "06", "rc-tampere"));

    final List<PlannedHousehold> households = new HouseholdMix(DESTINATIONS, 42, TODAY).households(20_000);

    @Test
    void theRoutesComeInTheAssumedShares() {
        Map<Route, Long> routes = households.stream().collect(Collectors.groupingBy(PlannedHousehold::route,
                Collectors.counting()));
        assertThat(share(routes.get(Route.QUOTA))).isCloseTo(HouseholdMix.QUOTA_SHARE, offset(0.01));
        assertThat(share(routes.get(Route.SELF_MOVE))).isCloseTo(HouseholdMix.SELF_MOVE_SHARE, offset(0.01));
        double assisted = 1 - HouseholdMix.QUOTA_SHARE - HouseholdMix.SELF_MOVE_SHARE;
        assertThat(share(routes.get(Route.DECLINED_THEN_ACCEPTED)))
                .isCloseTo(assisted * HouseholdMix.DECLINE_SHARE, offset(0.01));
    }

    @Test
    void compositionAgesAndNeedsFollowTheAssumptions() {
        assertThat(share(h -> h.profile().size() == 1)).isCloseTo(HouseholdMix.SINGLE_ADULT, offset(0.01));
        assertThat(share(h -> h.profile().children() >= 1))
                .isCloseTo(1 - HouseholdMix.SINGLE_ADULT - HouseholdMix.COUPLE, offset(0.01));
        assertThat(share(h -> h.profile().socialOrHealthCareNeeds()))
                .isCloseTo(HouseholdMix.SOCIAL_OR_HEALTH_CARE_NEEDS, offset(0.01));
        assertThat(share(h -> h.profile().accessibility())).isCloseTo(HouseholdMix.ACCESSIBILITY, offset(0.01));
        for (PlannedHousehold h : households) {
            HouseholdProfile p = h.profile();
            assertThat(p.members().get(0).relationship()).isEqualTo("APPLICANT");
            assertThat(p.children()).isBetween(0, HouseholdMix.CHILDREN.length);
            for (HouseholdProfile.Member m : p.members()) {
                int age = Period.between(m.birthDate(), TODAY).getYears();
                if (m.relationship().equals("CHILD")) {
                    assertThat(age).isBetween(0, 17);
                    assertThat(m.birthDate()).isBefore(TODAY);
                } else {
                    assertThat(age).isBetween(18, 64);
                }
            }
        }
        assertThat(share(h -> h.profile().largeFamily())).isGreaterThan(0.05);
    }

    @Test
    void aDeclinedOfferGoesOnToAnotherMunicipalityAndEveryOtherRouteToOne() {
        for (PlannedHousehold h : households) {
            if (h.route() == Route.DECLINED_THEN_ACCEPTED) {
                assertThat(h.municipalities()).hasSize(2).doesNotHaveDuplicates()
                        .startsWith(h.destination().municipality());
            } else {
                assertThat(h.municipalities()).containsExactly(h.destination().municipality());
            }
        }
        assertThat(households.stream().map(h -> h.destination().municipality()).distinct())
                .containsExactlyInAnyOrder("179", "564", "837");
    }

    @Test
    void theSameSeedGivesTheSameHouseholds() {
        assertThat(new HouseholdMix(DESTINATIONS, 42, TODAY).households(50)).isEqualTo(households.subList(0, 50));
        assertThat(new HouseholdMix(DESTINATIONS, 43, TODAY).households(50)).isNotEqualTo(households.subList(0, 50));
    }

    @Test
    void aDeclineNeedsASecondMunicipality() {
        assertThatThrownBy(() -> new HouseholdMix(DESTINATIONS.subList(0, 1), 1, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second municipality");
    }

    private double share(long count) {
        return count / (double) households.size();
    }

    private double share(Predicate<PlannedHousehold> which) {
        return share(households.stream().filter(which).count());
    }
}

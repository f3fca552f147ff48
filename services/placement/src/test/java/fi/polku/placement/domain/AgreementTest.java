package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static AgreementTerms terms(List<ConfirmedPlaces> places, List<FamilyGroupHome> homes, boolean emergency) {
        return new AgreementTerms(LocalDate.of(2017, 1, 1), null, places, homes, emergency, null,
                new IntegrationProgramme(LocalDate.of(2025, 1, 1), null, "https://example.fi/kotoutumisohjelma.pdf"));
    }

    static Agreement agreement(int asylum2026, int quota2026) {
        return Agreement.of("179", terms(List.of(new ConfirmedPlaces(2026, PlaceGroup.ASYLUM, asylum2026),
                new ConfirmedPlaces(2026, PlaceGroup.QUOTA, quota2026),
                new ConfirmedPlaces(2025, PlaceGroup.ASYLUM, 100)), List.of(), false));
    }

    static PlacementCase family(int adults, int minors, IntegrationGroup group, boolean emergency) {
        List<CaseMember> members = new java.util.ArrayList<>();
        for (int i = 0; i < adults; i++) {
            members.add(new CaseMember("a" + i, LocalDate.of(1990, 1, 1), "APPLICANT", false));
        }
        for (int i = 0; i < minors; i++) {
            members.add(new CaseMember("m" + i, LocalDate.of(2010, 1, 1), "CHILD", true));
        }
        return group == IntegrationGroup.QUOTA_REFUGEE
                ? PlacementCase.fromQuotaIntake("q", "13", TODAY, TODAY, members, Needs.none(), List.of("ar"), emergency, null)
                : PlacementCase.fromApplication("c", "h", group, "rc-oulu", "564", "17", TODAY, TODAY, members,
                Needs.none(), List.of("ar"), List.of(), List.of());
    }

    @Test
    void capacityIsCountedPerYearAndGroup() {
        Agreement a = agreement(5, 2);
        a.reserve("o1", 2026, PlaceGroup.ASYLUM, 4);
        assertThat(a.placesLeft(2026, PlaceGroup.ASYLUM)).isEqualTo(1);
        assertThat(a.placesLeft(2026, PlaceGroup.QUOTA)).isEqualTo(2);
        assertThat(a.placesLeft(2025, PlaceGroup.ASYLUM)).isEqualTo(100);
        assertThat(a.placesLeft(2026, PlaceGroup.TEMPORARY_PROTECTION)).isZero();
    }

    @Test
    void aFamilyIsNeverSplitOverTheLastPlaces() {
        Agreement a = agreement(3, 0);
        assertThat(a.fits(family(4, 0, IntegrationGroup.INTERNATIONAL_PROTECTION, false), 2026)).isFalse();
        assertThatThrownBy(() -> a.reserve("o1", family(4, 0, IntegrationGroup.INTERNATIONAL_PROTECTION, false), 2026))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("no-places-left");
        assertThat(a.used(2026, PlaceGroup.ASYLUM)).isZero();
    }

    @Test
    void reservingForTheSameOfferTwiceTakesThePlacesOnce() {
        Agreement a = agreement(3, 0);
        PlacementCase three = family(3, 0, IntegrationGroup.INTERNATIONAL_PROTECTION, false);
        a.reserve("o1", three, 2026);
        a.reserve("o1", three, 2026);
        assertThat(a.used(2026, PlaceGroup.ASYLUM)).isEqualTo(3);
    }

    @Test
    void unaccompaniedMinorsNeedFamilyGroupHomePlacesOfAtMostSevenPerUnit() {
        Agreement none = agreement(10, 0);
        assertThat(none.fits(family(0, 1, IntegrationGroup.INTERNATIONAL_PROTECTION, false), 2026)).isFalse();
        Agreement homes = Agreement.of("179", terms(List.of(), List.of(new FamilyGroupHome(2026, "Koti A", 7),
                new FamilyGroupHome(2026, "Koti B", 2)), false));
        assertThat(homes.confirmed(2026, PlaceGroup.UNACCOMPANIED_MINOR)).isEqualTo(9);
        PlacementCase siblings = family(0, 2, IntegrationGroup.INTERNATIONAL_PROTECTION, false);
        assertThat(homes.fits(siblings, 2026)).isTrue();
        homes.reserve("o1", siblings, 2026);
        assertThat(homes.placesLeft(2026, PlaceGroup.UNACCOMPANIED_MINOR)).isEqualTo(7);
        assertThatThrownBy(() -> Agreement.of("179", terms(List.of(), List.of(new FamilyGroupHome(2026, "Too big", 8)),
                false))).isInstanceOf(InvalidInput.class).hasMessageContaining("1 to 7");
    }

    @Test
    void emergencyCasesGoOnlyWhereTheyAreTaken() {
        Agreement no = Agreement.of("179", terms(List.of(new ConfirmedPlaces(2026, PlaceGroup.QUOTA, 10)), List.of(), false));
        Agreement yes = Agreement.of("179", terms(List.of(new ConfirmedPlaces(2026, PlaceGroup.QUOTA, 10)), List.of(), true));
        PlacementCase emergency = family(2, 0, IntegrationGroup.QUOTA_REFUGEE, true);
        assertThat(no.fits(emergency, 2026)).isFalse();
        assertThat(yes.fits(emergency, 2026)).isTrue();
        assertThatThrownBy(() -> no.reserve("o", emergency, 2026)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("emergency");
    }

    @Test
    void theYearlyConfirmationIsAnsweredBeforeTheDeadlineAndNeverBelowWhatIsUsed() {
        Agreement a = agreement(5, 0);
        assertThatThrownBy(() -> a.confirm(2027, List.of(), List.of(), false, TODAY))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Nobody asked");
        a.requestConfirmation(2027, TODAY, TODAY.plusDays(30));
        a.confirm(2027, List.of(new ConfirmedPlaces(2027, PlaceGroup.ASYLUM, 40)),
                List.of(new FamilyGroupHome(2027, "Koti", 6)), true, TODAY.plusDays(30));
        assertThat(a.confirmed(2027, PlaceGroup.ASYLUM)).isEqualTo(40);
        assertThat(a.confirmed(2027, PlaceGroup.UNACCOMPANIED_MINOR)).isEqualTo(6);
        assertThat(a.confirmed(2026, PlaceGroup.ASYLUM)).isEqualTo(5); // other years untouched

        a.reserve("o1", 2026, PlaceGroup.ASYLUM, 4);
        a.requestConfirmation(2026, TODAY, TODAY.plusDays(5));
        assertThatThrownBy(() -> a.confirm(2026, List.of(new ConfirmedPlaces(2026, PlaceGroup.ASYLUM, 3)), List.of(),
                false, TODAY)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> a.confirm(2026, List.of(new ConfirmedPlaces(2026, PlaceGroup.ASYLUM, 9)), List.of(),
                false, TODAY.plusDays(6))).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("deadline");
    }

    @Test
    void validityIsInclusiveOfBothEnds() {
        Agreement a = Agreement.of("179", new AgreementTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(), List.of(), false, null, null));
        assertThat(a.inForce(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(a.inForce(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(a.inForce(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(a.inForce(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void rejectsContradictoryTerms() {
        assertThatThrownBy(() -> Agreement.of("179", new AgreementTerms(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), List.of(), List.of(), false, null, null))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Agreement.of("179", terms(List.of(new ConfirmedPlaces(2026, PlaceGroup.QUOTA, 1),
                new ConfirmedPlaces(2026, PlaceGroup.QUOTA, 2)), List.of(), false))).isInstanceOf(InvalidInput.class);
    }
}

package fi.polku.reception.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdTest {

    static final LocalDate PERMIT = LocalDate.of(2026, 3, 2);
    static final ChecklistPolicy POLICY = ChecklistPolicy.defaults();

    static Resident adult(String id) {
        return new Resident(id, "Amal", "Example", LocalDate.of(1990, 1, 1), null, null, Resident.Relationship.APPLICANT,
                false, null, null, List.of("ar"));
    }

    static Resident child(String id, LocalDate arrived) {
        return new Resident(id, "Omar", "Example", LocalDate.of(2019, 3, 1), null, null, Resident.Relationship.CHILD,
                false, null, arrived, List.of("ar"));
    }

    static Household withPermits(IntegrationGroup group) {
        Household h = Household.register("h", "rc-oulu", List.of(adult("a"), child("c", LocalDate.of(2025, 11, 20))));
        h.grantPermit(new Permit("a", PERMIT, "continuous (A)", group), POLICY);
        h.grantPermit(new Permit("c", PERMIT.plusDays(3), "continuous (A)", group), POLICY);
        return h;
    }

    @Test
    void aPermitStartsTheChecklistWithDueDatesAndOneNeedAssessmentPerHousehold() {
        Household h = withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        assertThat(h.checklist()).hasSize(6 * 2 + 1);
        assertThat(h.checklist()).filteredOn(i -> i.step() == TransitionStep.PERMIT_INFO_SESSION && "a".equals(i.personId()))
                .singleElement().satisfies(i -> {
                    assertThat(i.due()).isEqualTo(LocalDate.of(2026, 3, 9));
                    assertThat(i.responsible()).isEqualTo(TransitionStep.Party.RECEPTION_CENTRE);
                });
        assertThat(h.checklist()).filteredOn(i -> i.step() == TransitionStep.NEED_ASSESSMENT).singleElement()
                .satisfies(i -> assertThat(i.due()).isEqualTo(PERMIT.plusDays(30)));
        assertThat(h.firstPermitDate()).contains(PERMIT);
    }

    @Test
    void stepsAreOverdueTheDayAfterTheirDueDateUntilDone() {
        Household h = withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        assertThat(h.overdue(LocalDate.of(2026, 3, 9))).isEmpty();
        assertThat(h.overdue(LocalDate.of(2026, 3, 10))).extracting(ChecklistItem::step)
                .containsExactly(TransitionStep.PERMIT_INFO_SESSION);
        h.completeStep(TransitionStep.PERMIT_INFO_SESSION, "a", ChecklistItem.Status.DONE, LocalDate.of(2026, 3, 10));
        assertThat(h.overdue(LocalDate.of(2026, 3, 10))).isEmpty();
        assertThatThrownBy(() -> h.completeStep(TransitionStep.KELA_APPLICATION, "a", ChecklistItem.Status.OPEN, PERMIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void consentCompletesItsStepAndARevokedConsentStopsSharing() {
        Household h = withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        h.recordConsent(new Consent("a", Set.of(Consent.Scope.MUNICIPALITY), PERMIT, null));
        assertThat(h.consentAllows("a", Consent.Scope.MUNICIPALITY, PERMIT.plusDays(1))).isTrue();
        assertThat(h.consentAllows("a", Consent.Scope.WELLBEING_SERVICES_COUNTY, PERMIT.plusDays(1))).isFalse();
        assertThat(h.checklist()).filteredOn(i -> i.step() == TransitionStep.CONSENT && "a".equals(i.personId()))
                .singleElement().extracting(ChecklistItem::status).isEqualTo(ChecklistItem.Status.DONE);
        h.revokeConsent("a", PERMIT.plusDays(5));
        assertThat(h.consentAllows("a", Consent.Scope.MUNICIPALITY, PERMIT.plusDays(4))).isTrue();
        assertThat(h.consentAllows("a", Consent.Scope.MUNICIPALITY, PERMIT.plusDays(5))).isFalse();
        assertThatThrownBy(() -> h.revokeConsent("a", PERMIT.plusDays(6))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void thePlacementApplicationIsTheNeedAssessmentsOutcomeAndIsPseudonymous() {
        Household h = withPermits(IntegrationGroup.QUOTA_REFUGEE);
        var event = h.requestPlacement(new PlacementApplication("app", PERMIT.plusDays(10), Needs.none(), List.of("ar"),
                List.of(), List.of("179")), "564");
        assertThat(event.permitDate()).isEqualTo(PERMIT);
        assertThat(event.integrationGroup()).isEqualTo(IntegrationGroup.QUOTA_REFUGEE);
        assertThat(event.toString()).doesNotContain("Amal", "Example");
        assertThat(h.checklist()).filteredOn(i -> i.step() == TransitionStep.NEED_ASSESSMENT).singleElement()
                .extracting(ChecklistItem::status).isEqualTo(ChecklistItem.Status.DONE);
        assertThatThrownBy(() -> h.reportSelfMove("091", PERMIT.plusDays(20), PERMIT.plusDays(11)))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void nothingLeavesWithoutAPermit() {
        Household h = Household.register("h", "rc-oulu", List.of(adult("a")));
        assertThatThrownBy(() -> h.reportSelfMove("091", PERMIT, PERMIT)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("permit");
    }

    @Test
    void anUnaccompaniedMinorNeedsARepresentative() {
        Resident minor = new Resident("m", "Ali", "Example", LocalDate.of(2010, 1, 1), null, null,
                Resident.Relationship.CHILD, true, null, null, List.of("fa"));
        assertThatThrownBy(() -> Household.register("h", "rc-oulu", List.of(minor)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("representative");
    }

    @ParameterizedTest(name = "{0}: may apply from {1}")
    @CsvSource({
            "TEMPORARY_PROTECTION, a, 2027-03-02",         // no arrival date known: one year from the permit
            "TEMPORARY_PROTECTION, c, 2026-11-20",         // arrived 2025-11-20: one year of residence
            "INTERNATIONAL_PROTECTION, a, ",               // not a temporary protection holder
    })
    void temporaryProtectionHoldersMayApplyForAMunicipalityOfResidenceAfterAYear(IntegrationGroup group,
                                                                                  String person, LocalDate expected) {
        Household h = withPermits(group);
        assertThat(h.mayApplyForMunicipalityOfResidenceFrom(person).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} days after the permit: {1}")
    @CsvSource({"60, false", "61, true"})
    void aPermitWithoutAPlanIsFlaggedAfterTheConfiguredDays(int days, boolean flagged) {
        OutOfContactWatch watch = new OutOfContactWatch(Period.ofDays(60), Period.ofDays(14));
        Household h = withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        assertThat(watch.check(h, PERMIT.plusDays(days)).isPresent()).isEqualTo(flagged);
    }

    @Test
    void aMoveOutWithoutAConfirmedResidenceIsFlaggedUntilPlacementConfirmsIt() {
        OutOfContactWatch watch = new OutOfContactWatch(Period.ofDays(60), Period.ofDays(14));
        Household h = withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        h.moveOut(LocalDate.of(2026, 4, 1), "179");
        assertThat(watch.check(h, LocalDate.of(2026, 4, 15))).isEmpty();
        assertThat(watch.check(h, LocalDate.of(2026, 4, 16))).contains(OutOfContactWatch.Reason.RESIDENCE_UNCONFIRMED);
        h.residenceConfirmed("179", LocalDate.of(2026, 4, 1));
        assertThat(watch.check(h, LocalDate.of(2026, 4, 16))).isEmpty();
    }
}

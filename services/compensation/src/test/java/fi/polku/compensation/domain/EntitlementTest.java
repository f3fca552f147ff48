package fi.polku.compensation.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntitlementTest {

    static final PeriodRules PERIODS = CompensationCalculatorTest.RULES.periods();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "QUOTA_REFUGEE,            QUOTA",
            "INTERNATIONAL_PROTECTION, OTHER",
            "FAMILY_REUNIFICATION,     OTHER",
            "TEMPORARY_PROTECTION,     OTHER",
    })
    void onlyQuotaRefugeesAreInTheQuotaGroup(IntegrationGroup integrationGroup, CompensationGroup group) {
        assertThat(CompensationGroup.of(integrationGroup)).isEqualTo(group);
    }

    @Test
    void opensWithThePeriodOfItsStartAndAnnouncesIt() {
        Entitlement entitlement = Entitlement.open("p-1", LocalDate.of(2019, 3, 1), "h-1", "c-1",
                CompensationGroup.QUOTA, new Residence("091", LocalDate.of(2025, 2, 10)), PERIODS);

        assertThat(entitlement.id()).isEqualTo(Entitlement.idFor("p-1")).isNotEqualTo(Entitlement.idFor("p-2"));
        assertThat(entitlement.period()).isEqualTo(new CompensationPeriod(LocalDate.of(2025, 2, 10),
                LocalDate.of(2028, 2, 9)));
        assertThat(entitlement.municipality()).isEqualTo("091");
        assertThat(entitlement.concerns("091")).isTrue();
        assertThat(entitlement.concerns("837")).isFalse();
        assertThat(entitlement.opened()).isEqualTo(new EntitlementOpened(entitlement.id(), "p-1", "h-1", "091",
                LocalDate.of(2025, 2, 10), LocalDate.of(2028, 2, 9), "QUOTA"));
    }

    @ParameterizedTest(name = "moves to {0} on {1}: changed {2}, then lives in {3} on 1.6.2025")
    @CsvSource({
            "837, 2025-05-15, true,  837",
            "837, 2025-06-01, true,  837",
            "837, 2025-06-02, true,  091",
            // where the person lives already: nothing changes
            "091, 2025-05-15, false, 091",
            // a residence recorded for the first day again is a correction of the first municipality
            "837, 2025-02-10, true,  837",
    })
    void aMoveAddsAResidenceAndNeverMovesThePeriod(String to, LocalDate since, boolean changed, String onJuneFirst) {
        Entitlement entitlement = Entitlement.open("p-1", LocalDate.of(1990, 1, 1), "h-1", "c-1",
                CompensationGroup.OTHER, new Residence("091", LocalDate.of(2025, 2, 10)), PERIODS);
        assertThat(entitlement.moveTo(to, since)).isEqualTo(changed);
        assertThat(entitlement.residenceHistory().municipalityOn(LocalDate.of(2025, 6, 1))).contains(onJuneFirst);
        assertThat(entitlement.period()).isEqualTo(new CompensationPeriod(LocalDate.of(2025, 2, 10),
                LocalDate.of(2027, 2, 9)));
    }

    @Test
    void aCorrectionOfTheSameDayReplacesTheMoveAndAMoveBeforeTheFirstKotikuntaIsRefused() {
        Entitlement entitlement = Entitlement.open("p-1", LocalDate.of(1990, 1, 1), "h-1", "c-1",
                CompensationGroup.OTHER, new Residence("091", LocalDate.of(2025, 2, 10)), PERIODS);
        entitlement.moveTo("837", LocalDate.of(2025, 5, 15));
        entitlement.moveTo("853", LocalDate.of(2025, 5, 15));
        assertThat(entitlement.residenceHistory().residences()).containsExactly(
                new Residence("091", LocalDate.of(2025, 2, 10)), new Residence("853", LocalDate.of(2025, 5, 15)));
        assertThatThrownBy(() -> entitlement.moveTo("837", LocalDate.of(2025, 2, 9)))
                .isInstanceOf(fi.polku.kit.domain.DomainRuleViolation.class);
    }

    @Test
    void theIdIsDerivedFromThePersonSoARedeliveryFindsIt() {
        assertThat(Entitlement.idFor("p-1")).isEqualTo(Entitlement.idFor("p-1"))
                .isEqualTo(java.util.UUID.nameUUIDFromBytes("entitlement:p-1".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Test
    void aResidenceHistoryIsOrderedAndNeedsDistinctDays() {
        ResidenceHistory history = ResidenceHistory.of(new Residence("837", LocalDate.of(2025, 6, 1)),
                new Residence("091", LocalDate.of(2025, 2, 10)));
        assertThat(history.start()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(history.latest()).isEqualTo("837");
        assertThat(history.municipalityOn(LocalDate.of(2025, 2, 9))).isEmpty();
        assertThat(history.municipalityOn(LocalDate.of(2025, 5, 31))).contains("091");
        assertThatThrownBy(() -> ResidenceHistory.of(new Residence("837", LocalDate.of(2025, 6, 1)),
                new Residence("091", LocalDate.of(2025, 6, 1)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ResidenceHistory(java.util.List.of())).isInstanceOf(InvalidInput.class);
    }
}

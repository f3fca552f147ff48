package fi.polku.compensation.domain.claim;

import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.RuleBook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The eligibility of claims of actual costs at the boundaries of every rule, on the shipped rule data. */
class ClaimEligibilityTest {

    static final RuleBook RULES = ClasspathRuleBook.load();
    static final ClaimEligibility eligibility = new ClaimEligibility(RULES);

    @ParameterizedTest(name = "born {0}, care {1}–{2}: {3}")
    @CsvSource({
            // from 1.7.2024: until the day before the 23rd birthday (10.8.2024)
            "2001-08-10, 2024-07-01, 2024-07-31, ",
            "2001-08-10, 2024-08-01, 2024-08-09, ",
            "2001-08-10, 2024-08-01, 2024-08-10, claim-after-age-limit",
            // before 1.7.2024: until the day before the 25th birthday
            "2000-08-10, 2024-06-01, 2024-06-30, ",
            "2000-08-10, 2024-07-01, 2024-07-31, claim-after-age-limit",
            "2000-08-10, 2024-06-15, 2024-07-15, claim-after-age-limit",
            "1999-06-30, 2024-06-01, 2024-06-29, ",
            "1999-06-30, 2024-06-01, 2024-06-30, claim-after-age-limit",
            // 23 already before 1.7.2024 but under 25: June is compensated, July is not
            "2001-03-15, 2024-06-01, 2024-06-30, ",
            "2001-03-15, 2024-06-30, 2024-07-01, claim-after-age-limit",
            // born on a leap day: the 23rd birthday in a common year is 28 February
            "2004-02-29, 2027-02-01, 2027-02-27, ",
            "2004-02-29, 2027-02-01, 2027-02-28, claim-after-age-limit",
    })
    void unaccompaniedMinorsCareUntilTheDayBeforeThe23rdOr25thBirthday(LocalDate birthDate, LocalDate from,
                                                                      LocalDate to, String rule) {
        Entitlement person = person(birthDate, CompensationGroup.OTHER, new Residence("091", LocalDate.of(2018, 1, 1)));
        expect(new ClaimedCosts("091", "p-1", ClaimType.UNACCOMPANIED_MINOR_CARE, from, to, 100_000), person, rule);
    }

    @ParameterizedTest(name = "born {0} in {1}, costs {2}–{3}, {4} cents: {5}")
    @CsvSource({
            // ten years from the first kotikunta (15.3.2016): until 14.3.2026
            "1990-01-01, 091, 2026-03-01, 2026-03-14, 195501, ",
            "1990-01-01, 091, 2026-03-01, 2026-03-15, 195501, claim-outside-period",
            "1990-01-01, 091, 2016-03-15, 2016-04-30, 230001, ",
            // above one year's calculated compensation, for the age band and recipient on the first cost day
            "1990-01-01, 091, 2025-01-01, 2025-12-31, 195500, claim-below-threshold",
            "2020-01-01, 091, 2025-01-01, 2025-12-31, 650300, claim-below-threshold",
            "2020-01-01, 091, 2025-01-01, 2025-12-31, 650301, ",
            "2018-06-02, 091, 2025-06-01, 2025-12-31, 650301, ",
            "2018-06-01, 091, 2025-06-01, 2025-12-31, 650300, ",
            "1990-01-01, 478, 2025-01-01, 2025-12-31, 230000, claim-below-threshold",
            "1990-01-01, 478, 2025-01-01, 2025-12-31, 230001, ",
            // before 2023 a mainland municipality's annual amount was 2,300 €
            "1990-01-01, 091, 2022-01-01, 2022-12-31, 230000, claim-below-threshold",
    })
    void specialSocialAndHealthCareCostsWithinTenYearsAndAboveOneYearsCompensation(
            LocalDate birthDate, String municipality, LocalDate from, LocalDate to, long cents, String rule) {
        Entitlement person = person(birthDate, CompensationGroup.OTHER,
                new Residence(municipality, LocalDate.of(2016, 3, 15)));
        expect(new ClaimedCosts(municipality, "p-1", ClaimType.SPECIAL_SOCIAL_HEALTH, from, to, cents), person, rule);
    }

    @ParameterizedTest(name = "{0} claimed by {1}, costs {2}–{3}: {4}")
    @CsvSource({
            // interpreting has no time limit, but the claimant is where the person lived when the costs began
            "INTERPRETING,              091, 2025-03-01, 2025-03-31, ",
            "INTERPRETING,              091, 2040-03-01, 2040-03-31, claim-not-the-municipality",
            "INTERPRETING,              837, 2040-03-01, 2040-03-31, ",
            "INTERPRETING,              837, 2025-05-10, 2025-06-10, claim-not-the-municipality",
            "INTERPRETING,              091, 2025-01-01, 2025-02-09, claim-not-the-municipality",
            "OTHER,                     091, 2025-02-10, 2025-02-28, ",
            // preparing for a quota refugee's arrival: the first municipality, also before the arrival
            "QUOTA_ARRIVAL_PREPARATION, 091, 2025-01-01, 2025-02-09, ",
            "QUOTA_ARRIVAL_PREPARATION, 837, 2025-01-01, 2025-02-09, claim-not-the-municipality",
    })
    void theClaimantAndTheTimeOfOtherCosts(ClaimType type, String municipality, LocalDate from, LocalDate to,
                                           String rule) {
        Entitlement person = person(LocalDate.of(1990, 1, 1), CompensationGroup.QUOTA,
                new Residence("091", LocalDate.of(2025, 2, 10)));
        person.moveTo("837", LocalDate.of(2025, 6, 1));
        expect(new ClaimedCosts(municipality, "p-1", type, from, to, 50_000), person, rule);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "QUOTA, ",
            "OTHER, claim-wrong-group",
    })
    void arrivalPreparationIsForQuotaRefugeesOnly(CompensationGroup group, String rule) {
        Entitlement person = person(LocalDate.of(1990, 1, 1), group, new Residence("091", LocalDate.of(2025, 2, 10)));
        expect(new ClaimedCosts("091", "p-1", ClaimType.QUOTA_ARRIVAL_PREPARATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31), 80_000), person, rule);
    }

    static void expect(ClaimedCosts costs, Entitlement person, String rule) {
        if (rule == null) {
            assertThatCode(() -> eligibility.check(costs, person)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> eligibility.check(costs, person)).isInstanceOf(ClaimIneligible.class)
                    .satisfies(e -> assertThat(((ClaimIneligible) e).rule()).isEqualTo(rule));
        }
    }

    static Entitlement person(LocalDate birthDate, CompensationGroup group, Residence first) {
        return Entitlement.open("p-1", birthDate, "h-1", "c-1", group, first, RULES.periods());
    }
}

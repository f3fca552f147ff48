package fi.polku.compensation.adapter.out.reference;

import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Recipient;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.claim.ClaimType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped rule data: complete, unambiguous, sourced, and saying what DOMAIN.md says. */
class ClasspathRuleBookTest {

    static final RuleBook RULES = ClasspathRuleBook.load();

    @Test
    void everyRuleNamesItsSource() {
        assertThat(RULES.periods().rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(RULES.amounts().amounts()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        assertThat(RULES.claims().rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(RULES.supplementaryProgrammes().programmes()).allSatisfy(p -> {
            assertThat(p.source()).isNotBlank();
            assertThat(p.applicationsUntil()).isAfterOrEqualTo(p.applicationsFrom());
        });
    }

    @Test
    void exactlyOneClaimRuleAppliesOnEveryDayToEveryClaimType() {
        for (LocalDate day = LocalDate.of(2015, 1, 1); day.isBefore(LocalDate.of(2040, 1, 1)); day = day.plusDays(1)) {
            for (ClaimType type : ClaimType.values()) {
                RULES.claims().on(type, day); // throws unless exactly one
            }
        }
        assertThat(RULES.claims().on(ClaimType.UNACCOMPANIED_MINOR_CARE, LocalDate.of(2024, 6, 30)).years())
                .isEqualTo(25);
        assertThat(RULES.claims().on(ClaimType.UNACCOMPANIED_MINOR_CARE, LocalDate.of(2024, 7, 1)).years())
                .isEqualTo(23);
        assertThat(RULES.claims().on(ClaimType.SPECIAL_SOCIAL_HEALTH, LocalDate.of(2025, 1, 1)).years())
                .isEqualTo(10);
    }

    @Test
    void exactlyOneRuleAndOneAmountApplyOnEveryDay() {
        for (LocalDate day = LocalDate.of(2015, 1, 1); day.isBefore(LocalDate.of(2035, 1, 1)); day = day.plusDays(1)) {
            for (CompensationGroup group : CompensationGroup.values()) {
                RULES.periods().ruleFor(group, day); // throws unless exactly one
            }
            LocalDate d = day;
            assertThat(RULES.amounts().on(Recipient.MUNICIPALITY, d)).as("municipality %s", d).isPresent();
            assertThat(RULES.amounts().on(Recipient.ALAND_MUNICIPALITY, d)).as("Åland %s", d).isPresent();
            assertThat(RULES.amounts().on(Recipient.WELLBEING_COUNTY, d).isPresent())
                    .as("county %s", d).isEqualTo(!d.isBefore(LocalDate.of(2023, 1, 1)));
        }
    }

    @Test
    void amountsAreThoseOfDomainMd() {
        LocalDate y2025 = LocalDate.of(2025, 6, 1);
        assertThat(RULES.amounts().on(Recipient.MUNICIPALITY, y2025).orElseThrow().annualCents(AgeBand.SEVEN_OR_OVER))
                .isEqualTo(195500);
        assertThat(RULES.amounts().on(Recipient.MUNICIPALITY, y2025).orElseThrow().annualCents(AgeBand.UNDER_7))
                .isEqualTo(650300);
        assertThat(RULES.amounts().on(Recipient.ALAND_MUNICIPALITY, y2025).orElseThrow().annualCents(AgeBand.UNDER_7))
                .isEqualTo(684500);
        assertThat(RULES.amounts().on(Recipient.WELLBEING_COUNTY, y2025).orElseThrow().annualCents(AgeBand.UNDER_7))
                .isEqualTo(34200);
        assertThat(RULES.amounts().on(Recipient.MUNICIPALITY, LocalDate.of(2022, 12, 31)).orElseThrow()
                .annualCents(AgeBand.SEVEN_OR_OVER)).isEqualTo(230000);
        assertThat(RULES.periods().ruleFor(CompensationGroup.QUOTA, LocalDate.of(2025, 1, 1)).years()).isEqualTo(3);
        assertThat(RULES.periods().ruleFor(CompensationGroup.OTHER, LocalDate.of(2024, 12, 31)).years()).isEqualTo(3);
    }

    @Test
    void municipalitiesCarryAlandAndTheirCounty() {
        assertThat(RULES.municipalities().size()).isEqualTo(309);
        assertThat(RULES.municipalities().find("091").orElseThrow().county()).contains("Helsingin kaupunki");
        assertThat(RULES.municipalities().find("478").orElseThrow().aland()).isTrue();
        assertThat(RULES.municipalities().find("478").orElseThrow().county()).isEmpty();
        assertThat(RULES.municipalities().on("588", LocalDate.of(2024, 12, 31)).code()).isEqualTo("588");
        assertThat(RULES.municipalities().on("588", LocalDate.of(2025, 1, 1)).code()).isEqualTo("507");
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        assertThat(CsvTable.fields("a,\"1,955 €; \"\"x\"\"\",,c"))
                .containsExactly("a", "1,955 €; \"x\"", "", "c");
    }
}

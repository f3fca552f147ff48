package fi.polku.compensation.domain;

import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator on the rule data the service ships, at the boundaries of every rule. */
class CompensationCalculatorTest {

    static final RuleBook RULES = ClasspathRuleBook.load();
    static final CompensationCalculator calculator = new CompensationCalculator(RULES);
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    @ParameterizedTest(name = "born {0}, month {1}: {2}")
    @CsvSource({
            // 7th birthday on the 1st: 7 on that first day
            "2018-06-01, 2025-05, UNDER_7,       54192, 2850",
            "2018-06-01, 2025-06, SEVEN_OR_OVER, 16292, 2875",
            // 7th birthday on the 2nd: still 6 on the 1st, 7 from the next month
            "2018-06-02, 2025-06, UNDER_7,       54192, 2850",
            "2018-06-02, 2025-07, SEVEN_OR_OVER, 16292, 2875",
            // born on a leap day: 7 by 1 March 2025 whichever convention (28.2. or 1.3.) applies
            "2018-02-28, 2025-03, SEVEN_OR_OVER, 16292, 2875",
            "2016-02-29, 2023-02, UNDER_7,       54192, 2850",
            "2016-02-29, 2023-03, SEVEN_OR_OVER, 16292, 2875",
            "2020-02-29, 2027-02, UNDER_7,       54192, 2850",
            "2020-02-29, 2027-03, SEVEN_OR_OVER, 16292, 2875",
    })
    void ageBandIsJudgedOnTheFirstDayOfTheMonth(LocalDate birthDate, YearMonth month, AgeBand band,
                                                long municipalityCents, long countyCents) {
        // Helsinki from early enough that every month above is in a quota period
        MonthlyLine line = line(schedule(birthDate, CompensationGroup.QUOTA, allInForce(),
                new Residence("091", month.minusMonths(6).atDay(1))), month);
        assertThat(line.ageBand()).isEqualTo(band);
        assertThat(line.municipalityCents()).isEqualTo(municipalityCents);
        assertThat(line.county()).isEqualTo("Helsingin kaupunki");
        assertThat(line.countyCents()).isEqualTo(countyCents);
        assertThat(line.status()).isEqualTo(LineStatus.PAYABLE);
    }

    @ParameterizedTest(name = "{0} starting {1} ends {2}")
    @CsvSource({
            // the rule set is chosen by the start: 4/3 years until 31.12.2024, 3/2 years from 1.1.2025
            "QUOTA, 2024-12-31, 2028-12-30, 48, 2025-01, 2028-12",
            "OTHER, 2024-12-31, 2027-12-30, 36, 2025-01, 2027-12",
            "QUOTA, 2025-01-01, 2027-12-31, 36, 2025-01, 2027-12",
            "OTHER, 2025-01-01, 2026-12-31, 24, 2025-01, 2026-12",
            // mid-month start: the first paid month is the next one, and the period ends before its own month
            "OTHER, 2025-02-10, 2027-02-09, 24, 2025-03, 2027-02",
            // leap-day starts: the anniversary in a common year is 28 February
            "QUOTA, 2024-02-29, 2028-02-28, 48, 2024-03, 2028-02",
            "OTHER, 2028-02-29, 2030-02-27, 24, 2028-03, 2030-02",
    })
    void periodLengthFollowsTheRulesInForceOnItsStart(CompensationGroup group, LocalDate start, LocalDate end,
                                                      int months, YearMonth first, YearMonth last) {
        Schedule schedule = schedule(LONG_AGO, group, allInForce(), new Residence("837", start));
        assertThat(schedule.period()).isEqualTo(new CompensationPeriod(start, end));
        assertThat(schedule.months()).hasSize(months);
        assertThat(schedule.months().get(0).month()).isEqualTo(first);
        assertThat(schedule.months().get(months - 1).month()).isEqualTo(last);
    }

    @ParameterizedTest(name = "born {0}: {1} + {2}")
    @CsvSource({
            "2019-03-01, 57042",
            "1990-05-05, 19167",
    })
    void alandHasItsOwnRatesAndNoCounty(LocalDate birthDate, long municipalityCents) {
        MonthlyLine line = line(schedule(birthDate, CompensationGroup.OTHER, allInForce(),
                new Residence("478", LocalDate.of(2025, 2, 10))), YearMonth.of(2025, 3));
        assertThat(line.municipality()).isEqualTo("478");
        assertThat(line.municipalityCents()).isEqualTo(municipalityCents);
        assertThat(line.county()).isNull();
        assertThat(line.countyCents()).isZero();
    }

    @ParameterizedTest(name = "moved on {0}: {1} paid to {2}")
    @CsvSource({
            "2025-05-15, 2025-05, 091, Helsingin kaupunki",
            "2025-05-15, 2025-06, 837, Pirkanmaan hyvinvointialue",
            "2025-06-01, 2025-05, 091, Helsingin kaupunki",
            "2025-06-01, 2025-06, 837, Pirkanmaan hyvinvointialue",
            "2025-05-31, 2025-06, 837, Pirkanmaan hyvinvointialue",
            "2025-05-02, 2025-05, 091, Helsingin kaupunki",
    })
    void theMonthGoesToTheMunicipalityOfResidenceOnItsFirstDay(LocalDate moved, YearMonth month,
                                                                String municipality, String county) {
        Schedule schedule = schedule(LONG_AGO, CompensationGroup.OTHER, allInForce(),
                new Residence("091", LocalDate.of(2025, 2, 10)), new Residence("837", moved));
        MonthlyLine line = line(schedule, month);
        assertThat(line.municipality()).isEqualTo(municipality);
        assertThat(line.county()).isEqualTo(county);
        // moving does not restart or stretch the period
        assertThat(schedule.period().end()).isEqualTo(LocalDate.of(2027, 2, 9));
    }

    @ParameterizedTest(name = "agreement {0}..{1}, programme {2}..{3}: {4} is {5} {6}")
    @CsvSource({
            "2020-01-01,           , 2020-01-01,           , 2025-03, PAYABLE,",
            "2020-01-01,           ,           ,           , 2025-03, WITHHELD, NO_INTEGRATION_PROGRAMME",
            // programme in force from mid-April: March and April withheld, May paid
            "2020-01-01,           , 2025-04-15,           , 2025-04, WITHHELD, NO_INTEGRATION_PROGRAMME",
            "2020-01-01,           , 2025-04-15,           , 2025-05, PAYABLE,",
            "2020-01-01,           , 2025-05-01,           , 2025-05, PAYABLE,",
            // agreement ending on the last of June: July withheld; the agreement is checked first
            "2020-01-01, 2025-06-30, 2020-01-01,           , 2025-06, PAYABLE,",
            "2020-01-01, 2025-06-30, 2020-01-01,           , 2025-07, WITHHELD, NO_AGREEMENT",
            "2020-01-01, 2025-06-30,           ,           , 2025-07, WITHHELD, NO_AGREEMENT",
            "2020-01-01,           , 2020-01-01, 2025-07-01, 2025-07, PAYABLE,",
            "2020-01-01,           , 2020-01-01, 2025-07-01, 2025-08, WITHHELD, NO_INTEGRATION_PROGRAMME",
            "2025-09-02,           , 2020-01-01,           , 2025-09, WITHHELD, NO_AGREEMENT",
    })
    void aMonthIsWithheldUnlessAgreementAndProgrammeAreInForceOnItsFirstDay(
            LocalDate agreementFrom, LocalDate agreementTo, LocalDate programmeFrom, LocalDate programmeTo,
            YearMonth month, LineStatus status, WithholdingReason reason) {
        MunicipalityTerms terms = terms("091", agreementFrom, agreementTo, programmeFrom, programmeTo);
        Schedule schedule = schedule(LONG_AGO, CompensationGroup.OTHER, code -> Optional.of(terms),
                new Residence("091", LocalDate.of(2025, 2, 10)));
        MonthlyLine line = line(schedule, month);
        assertThat(line.status()).isEqualTo(status);
        assertThat(line.reason()).isEqualTo(reason);
        // the withheld amounts still show what is held back
        assertThat(line.municipalityCents()).isEqualTo(16292);
    }

    @Test
    void aMunicipalityWithoutTermsGetsNothingAndTotalsCountOnlyPayableMonths() {
        Schedule schedule = schedule(LONG_AGO, CompensationGroup.OTHER,
                code -> code.equals("837") ? Optional.of(terms("837", LONG_AGO, null, LONG_AGO, null)) : Optional.empty(),
                new Residence("091", LocalDate.of(2025, 2, 10)), new Residence("837", LocalDate.of(2026, 1, 1)));
        assertThat(line(schedule, YearMonth.of(2025, 12)).reason()).isEqualTo(WithholdingReason.NO_AGREEMENT);
        assertThat(line(schedule, YearMonth.of(2026, 1)).status()).isEqualTo(LineStatus.PAYABLE);
        // 2025-03..2025-12 withheld in 091, 2026-01..2027-02 paid in 837: 14 months
        assertThat(schedule.months().stream().filter(MonthlyLine::payable)).hasSize(14);
        assertThat(schedule.totalMunicipalityCents()).isEqualTo(14 * 16292L);
        assertThat(schedule.totalCountyCents()).isEqualTo(14 * 2875L);
    }

    @Test
    void aFullPeriodAddsUp() {
        Schedule schedule = schedule(LocalDate.of(2019, 3, 1), CompensationGroup.QUOTA, allInForce(),
                new Residence("091", LocalDate.of(2025, 2, 10)));
        // 2025-03..2026-02 under 7 (12 months), 2026-03..2028-02 seven or over (24 months)
        assertThat(schedule.months()).hasSize(36);
        assertThat(schedule.totalMunicipalityCents()).isEqualTo(12 * 54192L + 24 * 16292L);
        assertThat(schedule.totalCountyCents()).isEqualTo(12 * 2850L + 24 * 2875L);
    }

    @ParameterizedTest(name = "{0}: {1} + {2} {3}")
    @CsvSource({
            // before 2023 the municipality got the old amount and no county existed
            "2022-12, 19167, , 0",
            "2023-01, 16292, Helsingin kaupunki, 2875",
    })
    void amountsAreThoseInForceOnTheMonthsFirstDay(YearMonth month, long municipalityCents, String county,
                                                   long countyCents) {
        MonthlyLine line = line(schedule(LONG_AGO, CompensationGroup.OTHER, allInForce(),
                new Residence("091", LocalDate.of(2022, 3, 1))), month);
        assertThat(line.municipalityCents()).isEqualTo(municipalityCents);
        assertThat(line.county()).isEqualTo(county);
        assertThat(line.countyCents()).isEqualTo(countyCents);
    }

    @ParameterizedTest(name = "{0}: paid to {1}")
    @CsvSource({
            "2024-12, 588",
            "2025-01, 507",
    })
    void aMergedMunicipalityIsPaidAsTheOneItMergedInto(YearMonth month, String municipality) {
        MonthlyLine line = line(schedule(LONG_AGO, CompensationGroup.OTHER, allInForce(),
                new Residence("588", LocalDate.of(2024, 10, 1))), month);
        assertThat(line.municipality()).isEqualTo(municipality);
        assertThat(line.county()).isEqualTo("Etelä-Savon hyvinvointialue");
    }

    @Test
    void monthsBeforeBirthAreNotPaid() {
        Schedule schedule = schedule(LocalDate.of(2025, 4, 10), CompensationGroup.OTHER, allInForce(),
                new Residence("091", LocalDate.of(2025, 2, 10)));
        assertThat(schedule.months().get(0).month()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(schedule.months()).hasSize(22);
    }

    @ParameterizedTest(name = "{0} / 12 = {1}")
    @CsvSource({
            "195500, 16292",
            "650300, 54192",
            "34500,  2875",
            "34200,  2850",
            "230000, 19167",
            "684500, 57042",
            // exact halves round up, below half down
            "18,     2",
            "6,      1",
            "5,      0",
            "120000, 10000",
    })
    void aMonthIsATwelfthRoundedHalfUpToTheCent(long annualCents, long monthlyCents) {
        assertThat(AnnualAmount.monthly(annualCents)).isEqualTo(monthlyCents);
    }

    static Schedule schedule(LocalDate birthDate, CompensationGroup group,
                             Function<String, Optional<MunicipalityTerms>> termsOf, Residence... residences) {
        ResidenceHistory history = ResidenceHistory.of(residences);
        return calculator.schedule(new Person(birthDate, history), calculator.periodFor(group, history.start()),
                termsOf);
    }

    static MonthlyLine line(Schedule schedule, YearMonth month) {
        return schedule.months().stream().filter(l -> l.month().equals(month)).findFirst()
                .orElseThrow(() -> new AssertionError("No line for " + month + " in " + schedule.months()));
    }

    static Function<String, Optional<MunicipalityTerms>> allInForce() {
        return code -> Optional.of(terms(code, LONG_AGO, null, LONG_AGO, null));
    }

    static MunicipalityTerms terms(String code, LocalDate agreementFrom, LocalDate agreementTo,
                                   LocalDate programmeFrom, LocalDate programmeTo) {
        IntegrationProgramme programme = programmeFrom == null ? null
                : new IntegrationProgramme(programmeFrom, programmeTo);
        return MunicipalityTerms.from(new AgreementChanged(code, agreementFrom, agreementTo, List.of(), false,
                programme), Instant.parse("2025-01-01T00:00:00Z"));
    }
}

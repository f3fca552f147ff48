package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.CompensationPeriod;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.compensation.domain.Person;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.ResidenceHistory;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.WithholdingReason;
import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Month after month of payment runs for one person, on the shipped rule data: what should have been paid, compared
 * with the ledger, gives calculated lines, adjustments and withheld lines, and nothing when nothing changed.
 */
class LedgerTest {

    static final RuleBook RULES = ClasspathRuleBook.load();
    static final CompensationCalculator calculator = new CompensationCalculator(RULES);
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    static final Payee HELSINKI = Payee.municipality("091");
    static final Payee HELSINKI_COUNTY = Payee.county("Helsingin kaupunki");
    static final Payee TAMPERE = Payee.municipality("837");
    static final Payee KANGASALA = Payee.municipality("211");
    static final Payee PIRKANMAA = Payee.county("Pirkanmaan hyvinvointialue");

    /** One person's payment runs: residences, terms and releases may change between runs, as events would. */
    static final class Person1 {
        final LocalDate birthDate;
        final List<Residence> residences = new ArrayList<>();
        final Map<String, MunicipalityTerms> terms = new HashMap<>();
        final Set<ReleasedMonth> released = new HashSet<>();
        final List<PaymentLine> ledger = new ArrayList<>();
        LedgerAccount account = LedgerAccount.empty();

        Person1(LocalDate birthDate, Residence first) {
            this.birthDate = birthDate;
            residences.add(first);
            inForce("091", "837", "211", "478", "853");
        }

        void inForce(String... codes) {
            for (String code : codes) {
                terms.put(code, terms(code, new IntegrationProgramme(LONG_AGO, null)));
            }
        }

        List<PaymentLine> run(YearMonth month) {
            ResidenceHistory history = new ResidenceHistory(residences);
            CompensationPeriod period = calculator.periodFor(CompensationGroup.OTHER, history.start());
            var schedule = calculator.schedule(new Person(birthDate, history), period,
                    code -> Optional.ofNullable(terms.get(code)));
            List<PaymentLine> lines = Reconciliation.lines(month, "e-1", "p-1", Dues.of(schedule, month, released),
                    account);
            account = account.with(lines);
            ledger.addAll(lines);
            // the account is the ledger folded, and after every run it equals what should have been paid
            assertThat(account).isEqualTo(LedgerAccount.empty().with(ledger));
            for (Due due : Dues.of(schedule, month, released)) {
                assertThat(account.paid(due.key())).as("paid %s", due.key()).isEqualTo(due.payableCents());
            }
            return lines;
        }

        void runThrough(YearMonth from, YearMonth to) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                run(m);
            }
        }
    }

    @Test
    void eachMonthIsPaidOnceAsACalculatedLineToTheMunicipalityAndItsCounty() {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("091", LocalDate.of(2025, 2, 10)));
        assertThat(brief(person.run(YearMonth.of(2025, 3)))).containsExactly(
                line(HELSINKI, "2025-03", LineType.CALCULATED, 16292),
                line(HELSINKI_COUNTY, "2025-03", LineType.CALCULATED, 2875));
        // the same month again, nothing changed: nothing to pay
        assertThat(brief(person.run(YearMonth.of(2025, 3)))).isEmpty();
        assertThat(brief(person.run(YearMonth.of(2025, 4)))).extracting(Brief::month, Brief::type)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 4), LineType.CALCULATED));
    }

    @Test
    void monthsBeforeTheFirstRunArePaidAsAdjustments() {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("091", LocalDate.of(2025, 2, 10)));
        List<PaymentLine> lines = person.run(YearMonth.of(2025, 5));
        assertThat(lines).filteredOn(l -> l.type() == LineType.ADJUSTMENT).extracting(PaymentLine::month)
                .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 3), YearMonth.of(2025, 4),
                        YearMonth.of(2025, 4));
        assertThat(lines).filteredOn(l -> l.type() == LineType.CALCULATED).hasSize(2);
        assertThat(lines.stream().mapToLong(PaymentLine::cents).sum()).isEqualTo(3 * (16292 + 2875));
    }

    @ParameterizedTest(name = "moved to {0} on {1} after the run of May: June's run corrects {2} month(s)")
    @CsvSource({
            // the 15th of April: May's first day was in Tampere already
            "837, 2025-04-15, 1",
            // on the 1st of May: May's first day is in Tampere
            "837, 2025-05-01, 1",
            // the 2nd of May: May stays Helsinki's, June is Tampere's
            "837, 2025-05-02, 0",
            // the 1st of April: April and May move
            "837, 2025-04-01, 2",
            "837, 2025-03-31, 2",
    })
    void aLateResidenceChangeBecomesAdjustmentsInTheNextRun(String to, LocalDate since, int corrected) {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("091", LocalDate.of(2025, 2, 10)));
        person.runThrough(YearMonth.of(2025, 3), YearMonth.of(2025, 5));
        person.residences.add(new Residence(to, since));

        List<PaymentLine> june = person.run(YearMonth.of(2025, 6));

        List<PaymentLine> adjustments = june.stream().filter(l -> l.type() == LineType.ADJUSTMENT).toList();
        assertThat(brief(adjustments)).hasSize(4 * corrected);
        for (int i = 0; i < corrected; i++) {
            String month = YearMonth.of(2025, 5).minusMonths(corrected - 1 - i).toString();
            assertThat(brief(adjustments)).contains(line(HELSINKI, month, LineType.ADJUSTMENT, -16292),
                    line(HELSINKI_COUNTY, month, LineType.ADJUSTMENT, -2875),
                    line(TAMPERE, month, LineType.ADJUSTMENT, 16292),
                    line(PIRKANMAA, month, LineType.ADJUSTMENT, 2875));
        }
        assertThat(brief(june)).contains(line(TAMPERE, "2025-06", LineType.CALCULATED, 16292),
                line(PIRKANMAA, "2025-06", LineType.CALCULATED, 2875));
        // the closed runs are not touched: the corrections net out in the ledger
        assertThat(person.ledger.stream().filter(l -> l.payee().equals(HELSINKI)).mapToLong(PaymentLine::cents).sum())
                .isEqualTo((3 - corrected) * 16292L);
        assertThat(brief(person.run(YearMonth.of(2025, 7)))).allMatch(l -> l.type() == LineType.CALCULATED);
    }

    @Test
    void aMoveWithinTheSameCountyCorrectsOnlyTheMunicipalities() {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("837", LocalDate.of(2025, 2, 10)));
        person.runThrough(YearMonth.of(2025, 3), YearMonth.of(2025, 5));
        person.residences.add(new Residence("211", LocalDate.of(2025, 4, 20)));
        assertThat(brief(person.run(YearMonth.of(2025, 6)))).containsExactlyInAnyOrder(
                line(TAMPERE, "2025-05", LineType.ADJUSTMENT, -16292),
                line(KANGASALA, "2025-05", LineType.ADJUSTMENT, 16292),
                line(KANGASALA, "2025-06", LineType.CALCULATED, 16292),
                line(PIRKANMAA, "2025-06", LineType.CALCULATED, 2875));
    }

    @Test
    void aWithheldMonthIsListedOnceAndPaidAsAnAdjustmentAfterItsRelease() {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("091", LocalDate.of(2025, 2, 10)));
        person.terms.put("091", terms("091", null));

        assertThat(brief(person.run(YearMonth.of(2025, 3)))).containsExactly(
                withheld(HELSINKI, "2025-03", LineType.CALCULATED, 16292),
                withheld(HELSINKI_COUNTY, "2025-03", LineType.CALCULATED, 2875));
        assertThat(brief(person.run(YearMonth.of(2025, 4)))).containsExactly(
                withheld(HELSINKI, "2025-04", LineType.CALCULATED, 16292),
                withheld(HELSINKI_COUNTY, "2025-04", LineType.CALCULATED, 2875));

        person.released.add(new ReleasedMonth(YearMonth.of(2025, 3), "091"));
        assertThat(brief(person.run(YearMonth.of(2025, 5)))).containsExactly(
                line(HELSINKI, "2025-03", LineType.ADJUSTMENT, 16292),
                line(HELSINKI_COUNTY, "2025-03", LineType.ADJUSTMENT, 2875),
                withheld(HELSINKI, "2025-05", LineType.CALCULATED, 16292),
                withheld(HELSINKI_COUNTY, "2025-05", LineType.CALCULATED, 2875));
        // a release is paid once
        assertThat(brief(person.run(YearMonth.of(2025, 5)))).isEmpty();
    }

    @Test
    void aProgrammeRegisteredLaterWithAnEarlierValidityPaysTheWithheldMonths() {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("091", LocalDate.of(2025, 2, 10)));
        person.terms.put("091", terms("091", null));
        person.runThrough(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
        person.terms.put("091", terms("091", new IntegrationProgramme(LocalDate.of(2025, 4, 1), null)));
        assertThat(brief(person.run(YearMonth.of(2025, 5)))).containsExactly(
                line(HELSINKI, "2025-04", LineType.ADJUSTMENT, 16292),
                line(HELSINKI_COUNTY, "2025-04", LineType.ADJUSTMENT, 2875),
                line(HELSINKI, "2025-05", LineType.CALCULATED, 16292),
                line(HELSINKI_COUNTY, "2025-05", LineType.CALCULATED, 2875));
    }

    @Test
    void aLateMoveIntoAMunicipalityWithoutAnAgreementRecoversThePaymentAndWithholdsTheMonth() {
        Person1 person = new Person1(LocalDate.of(1990, 5, 5), new Residence("091", LocalDate.of(2025, 2, 10)));
        person.runThrough(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
        person.residences.add(new Residence("564", LocalDate.of(2025, 4, 1))); // Oulu: no terms known
        List<PaymentLine> may = person.run(YearMonth.of(2025, 5));
        assertThat(brief(may)).contains(line(HELSINKI, "2025-04", LineType.ADJUSTMENT, -16292),
                line(HELSINKI_COUNTY, "2025-04", LineType.ADJUSTMENT, -2875));
        assertThat(may).filteredOn(l -> l.status() == LineStatus.WITHHELD)
                .extracting(PaymentLine::month, PaymentLine::type, PaymentLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 4), LineType.ADJUSTMENT,
                                WithholdingReason.NO_AGREEMENT),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 4), LineType.ADJUSTMENT,
                                WithholdingReason.NO_AGREEMENT),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 5), LineType.CALCULATED,
                                WithholdingReason.NO_AGREEMENT),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 5), LineType.CALCULATED,
                                WithholdingReason.NO_AGREEMENT));
    }

    @ParameterizedTest(name = "born {0}: June 2025 is {1}, {2} cents")
    @CsvSource({
            "2018-06-01, SEVEN_OR_OVER, 16292",
            "2018-06-02, UNDER_7,       54192",
    })
    void theSeventhBirthdayOnTheFirstOrTheSecond(LocalDate birthDate, AgeBand band, long cents) {
        Person1 person = new Person1(birthDate, new Residence("091", LocalDate.of(2025, 2, 10)));
        person.runThrough(YearMonth.of(2025, 3), YearMonth.of(2025, 5));
        PaymentLine june = person.run(YearMonth.of(2025, 6)).get(0);
        assertThat(june.ageBand()).isEqualTo(band);
        assertThat(june.cents()).isEqualTo(cents);
    }

    @Test
    void alandHasNoCountyProposal() {
        Person1 person = new Person1(LocalDate.of(2019, 3, 1), new Residence("478", LocalDate.of(2025, 2, 10)));
        assertThat(person.run(YearMonth.of(2025, 3))).containsExactly(
                new PaymentLine(Payee.municipality("478"), "e-1", "p-1", YearMonth.of(2025, 3), LineType.CALCULATED,
                        AgeBand.UNDER_7, "478", 57042, LineStatus.PAYABLE, null, null));
    }

    @Test
    void aWholePeriodAddsUpToItsScheduleAndTheAccountStaysSmall() {
        Person1 person = new Person1(LocalDate.of(2019, 3, 1), new Residence("091", LocalDate.of(2025, 2, 10)));
        person.residences.add(new Residence("837", LocalDate.of(2026, 1, 15)));
        person.runThrough(YearMonth.of(2025, 3), YearMonth.of(2027, 6));
        assertThat(person.ledger.stream().mapToLong(PaymentLine::cents).sum())
                .isEqualTo(12 * 54192L + 12 * 16292L + 12 * 2850L + 12 * 2875L);
        // 24 months x 2 payees fold into a handful of segments
        assertThat(person.account.segments()).hasSizeLessThanOrEqualTo(8);
        assertThat(LedgerAccount.of(person.account.segments())).isEqualTo(person.account);
    }

    /** A line as these tests compare it: payee, month, type, cents and status. */
    record Brief(Payee payee, YearMonth month, LineType type, long cents, LineStatus status) {
    }

    static List<Brief> brief(List<PaymentLine> lines) {
        return lines.stream().map(l -> new Brief(l.payee(), l.month(), l.type(), l.cents(), l.status())).toList();
    }

    static Brief line(Payee payee, String month, LineType type, long cents) {
        return new Brief(payee, YearMonth.parse(month), type, cents, LineStatus.PAYABLE);
    }

    static Brief withheld(Payee payee, String month, LineType type, long cents) {
        return new Brief(payee, YearMonth.parse(month), type, cents, LineStatus.WITHHELD);
    }

    static MunicipalityTerms terms(String code, IntegrationProgramme programme) {
        return MunicipalityTerms.from(new AgreementChanged(code, LONG_AGO, null, List.of(), false, programme),
                Instant.parse("2025-01-01T00:00:00Z"));
    }
}

package fi.polku.compensation.domain.supplementary;

import fi.polku.events.compensation.DecisionReason;
import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.events.EventCodec;
import fi.polku.kit.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AMIF Sylvia top-up of DOMAIN.md as data: 2,053.50 € under 7, 690 € 7 or over, 2022 arrivals, 2023 applications. */
class SupplementaryApplicationTest {

    static final RuleBook RULES = ClasspathRuleBook.load();
    static final SupplementaryProgramme SYLVIA = RULES.supplementaryProgrammes().find("AMIF-SYLVIA-2022").orElseThrow();
    static final LocalDate IN_2023 = LocalDate.of(2023, 5, 15);

    @Test
    void theProgrammeIsTheRealExample() {
        assertThat(SYLVIA.arrivalYear()).isEqualTo(2022);
        assertThat(SYLVIA.cents(AgeBand.UNDER_7)).isEqualTo(205350);
        assertThat(SYLVIA.cents(AgeBand.SEVEN_OR_OVER)).isEqualTo(69000);
        assertThat(SYLVIA.source()).contains("Sylvia");
    }

    @ParameterizedTest(name = "applied on {0}: {1}")
    @CsvSource({
            "2022-12-31, supplementary-window-closed",
            "2023-01-01, ",
            "2023-12-31, ",
            "2024-01-01, supplementary-window-closed",
    })
    void applicationsAreTakenIn2023(LocalDate today, String rule) {
        expect(() -> submit(today, person("p-1", LocalDate.of(2010, 1, 1), LocalDate.of(2022, 5, 1))), rule);
    }

    @ParameterizedTest(name = "first kotikunta {0}: {1}")
    @CsvSource({
            "2021-12-31, supplementary-not-in-cohort",
            "2022-01-01, ",
            "2022-12-31, ",
            "2023-01-01, supplementary-not-in-cohort",
    })
    void onlyThoseWhoArrivedIn2022(LocalDate firstResidence, String rule) {
        expect(() -> submit(IN_2023, person("p-1", LocalDate.of(2010, 1, 1), firstResidence)), rule);
    }

    @ParameterizedTest(name = "born {0}: {1} {2} cents")
    @CsvSource({
            "2015-12-31, SEVEN_OR_OVER, 69000",
            "2016-01-01, UNDER_7,       205350",
            "1980-06-15, SEVEN_OR_OVER, 69000",
    })
    void theAmountFollowsTheAgeBandOnTheProgrammesDay(LocalDate birthDate, AgeBand band, long cents) {
        SupplementaryApplication application = submit(IN_2023, person("p-1", birthDate, LocalDate.of(2022, 3, 1)));
        assertThat(application.persons()).singleElement().satisfies(p -> {
            assertThat(p.ageBand()).isEqualTo(band);
            assertThat(p.cents()).isEqualTo(cents);
        });
    }

    @Test
    void theMunicipalityAppliesForItsOwnResidents() {
        Entitlement moved = person("p-1", LocalDate.of(2010, 1, 1), LocalDate.of(2022, 3, 1));
        moved.moveTo("837", LocalDate.of(2023, 2, 1));
        expect(() -> submit(IN_2023, moved), "supplementary-not-resident");
    }

    @Test
    void approvedAmountsArePaidOnceAsSupplementaryLines() {
        SupplementaryApplication application = submit(IN_2023,
                person("p-1", LocalDate.of(2019, 1, 1), LocalDate.of(2022, 3, 1)),
                person("p-2", LocalDate.of(1985, 1, 1), LocalDate.of(2022, 3, 1)));
        assertThat(application.totalCents()).isEqualTo(205350 + 69000);
        var decided = application.approve("officer@keha", DecisionReason.ELIGIBILITY_CONFIRMED, "Cohort checked",
                Instant.parse("2023-06-01T10:00:00Z"));
        new EventCodec("/polku/compensation").encode(UUID.randomUUID(), Instant.now(), decided);
        assertThat(decided.approvedCents()).isEqualTo(274350);
        assertThat(application.awaitingPayment()).isTrue();
        application.payIn("run-6", YearMonth.of(2023, 6));
        assertThat(application.lines()).extracting(l -> l.personId(), l -> l.type(), l -> l.cents(), l -> l.status(),
                        l -> l.reference())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p-1", LineType.SUPPLEMENTARY, 205350L, LineStatus.PAYABLE,
                                "AMIF-SYLVIA-2022"),
                        org.assertj.core.groups.Tuple.tuple("p-2", LineType.SUPPLEMENTARY, 69000L, LineStatus.PAYABLE,
                                "AMIF-SYLVIA-2022"));
        assertThatThrownBy(() -> application.reject("o", DecisionReason.OUTSIDE_PERIOD, "late", Instant.now()))
                .isInstanceOf(DomainRuleViolation.class);
    }

    static SupplementaryApplication submit(LocalDate today, Entitlement... persons) {
        return SupplementaryApplication.submit("a-1", SYLVIA, "091", List.of(persons), today, RULES.municipalities(),
                "officer@091", Instant.parse("2023-05-15T10:00:00Z"));
    }

    static Entitlement person(String id, LocalDate birthDate, LocalDate firstResidence) {
        return Entitlement.open(id, birthDate, "h-1", "c-1", CompensationGroup.OTHER,
                new Residence("091", firstResidence), RULES.periods());
    }

    static void expect(Runnable submission, String rule) {
        if (rule == null) {
            submission.run();
        } else {
            assertThatThrownBy(submission::run).isInstanceOf(DomainRuleViolation.class)
                    .satisfies(e -> assertThat(((DomainRuleViolation) e).rule()).isEqualTo(rule));
        }
    }
}

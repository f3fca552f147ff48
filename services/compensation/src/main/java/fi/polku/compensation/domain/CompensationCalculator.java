package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The calculated compensation (laskennallinen korvaus), month by month. Everything is judged on the month's first
 * day: whether the period covers it, the age band, the municipality of residence, the amounts in force and the
 * municipality's agreement and integration programme.
 */
public final class CompensationCalculator {

    private final RuleBook rules;

    public CompensationCalculator(RuleBook rules) {
        this.rules = rules;
    }

    public CompensationPeriod periodFor(CompensationGroup group, LocalDate start) {
        return rules.periods().periodFor(group, start);
    }

    /**
     * @param termsOf the agreement and programme of a municipality by code, empty when it has none
     */
    public Schedule schedule(Person person, CompensationPeriod period,
                             Function<String, Optional<MunicipalityTerms>> termsOf) {
        return schedule(person, period, termsOf, YearMonth.from(period.end()));
    }

    /** The lines of the months up to and including {@code through} only (what a payment run compares). */
    public Schedule schedule(Person person, CompensationPeriod period,
                             Function<String, Optional<MunicipalityTerms>> termsOf, YearMonth through) {
        List<MonthlyLine> lines = new ArrayList<>();
        for (YearMonth month : period.paidMonths()) {
            if (month.isAfter(through)) {
                break;
            }
            LocalDate first = month.atDay(1);
            if (first.isBefore(person.birthDate())) {
                continue; // not born yet on the first day
            }
            person.residences().municipalityOn(first)
                    .map(code -> line(month, person.birthDate(), rules.municipalities().on(code, first), termsOf))
                    .ifPresent(lines::add);
        }
        return new Schedule(period, lines);
    }

    private MonthlyLine line(YearMonth month, LocalDate birthDate, Municipality municipality,
                             Function<String, Optional<MunicipalityTerms>> termsOf) {
        LocalDate first = month.atDay(1);
        AgeBand band = AgeBand.on(birthDate, first);
        long municipalityCents = amount(municipality.recipient(), first)
                .orElseThrow(() -> new IllegalStateException("No amount for " + municipality.recipient() + " on " + first))
                .monthlyCents(band);
        // counties exist since 2023: before that there is no county amount and no county line
        Optional<AnnualAmount> countyAmount = municipality.county()
                .flatMap(c -> amount(Recipient.WELLBEING_COUNTY, first));
        String county = countyAmount.flatMap(a -> municipality.county()).orElse(null);
        long countyCents = countyAmount.map(a -> a.monthlyCents(band)).orElse(0L);
        WithholdingReason reason = termsOf.apply(municipality.code())
                .map(t -> t.withholdingOn(first))
                .orElse(Optional.of(WithholdingReason.NO_AGREEMENT))
                .orElse(null);
        return new MonthlyLine(month, municipality.code(), band, municipalityCents, county, countyCents,
                reason == null ? LineStatus.PAYABLE : LineStatus.WITHHELD, reason);
    }

    private Optional<AnnualAmount> amount(Recipient recipient, LocalDate day) {
        return rules.amounts().on(recipient, day);
    }
}

package fi.polku.compensation.adapter.out.reference;

import fi.polku.compensation.domain.AnnualAmount;
import fi.polku.compensation.domain.AnnualAmounts;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Municipality;
import fi.polku.compensation.domain.MunicipalityMerge;
import fi.polku.compensation.domain.MunicipalityRegister;
import fi.polku.compensation.domain.PeriodRule;
import fi.polku.compensation.domain.PeriodRules;
import fi.polku.compensation.domain.Recipient;
import fi.polku.compensation.domain.RuleBook;

import java.time.LocalDate;
import java.util.Map;

/**
 * The rule book from the files shipped with the service: {@code /rules/*.csv} (periods and amounts, each row with
 * its source) and {@code /reference/*.csv} (municipalities and merges, copied from shared/data).
 */
public final class ClasspathRuleBook {

    private ClasspathRuleBook() {
    }

    public static RuleBook load() {
        return new RuleBook(periods(), amounts(), municipalities());
    }

    static PeriodRules periods() {
        return new PeriodRules(CsvTable.read("/rules/compensation-periods.csv").stream()
                .map(r -> new PeriodRule(date(r.get("starts_from")), date(r.get("starts_until")),
                        CompensationGroup.valueOf(r.get("group")), Integer.parseInt(r.get("years")),
                        source(r)))
                .toList());
    }

    static AnnualAmounts amounts() {
        return new AnnualAmounts(CsvTable.read("/rules/compensation-amounts.csv").stream()
                .map(r -> new AnnualAmount(Recipient.valueOf(r.get("recipient")), date(r.get("valid_from")),
                        date(r.get("valid_to")), Long.parseLong(r.get("seven_or_over_cents")),
                        Long.parseLong(r.get("under_7_cents")), source(r)))
                .toList());
    }

    static MunicipalityRegister municipalities() {
        var municipalities = CsvTable.read("/reference/municipalities.csv").stream()
                .map(r -> new Municipality(r.get("code"), r.get("name_fi"), Boolean.parseBoolean(r.get("aland")),
                        r.get("wellbeing_county_fi").isEmpty() ? null : r.get("wellbeing_county_fi")))
                .toList();
        var merges = CsvTable.read("/reference/municipality_merges.csv").stream()
                .map(r -> new MunicipalityMerge(r.get("from_code"), r.get("to_code"), date(r.get("effective_from")),
                        source(r)))
                .toList();
        return new MunicipalityRegister(municipalities, merges);
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static String source(Map<String, String> row) {
        String source = row.get("source");
        if (source == null || source.isBlank()) {
            throw new IllegalStateException("Rule data without a source: " + row);
        }
        return source;
    }
}

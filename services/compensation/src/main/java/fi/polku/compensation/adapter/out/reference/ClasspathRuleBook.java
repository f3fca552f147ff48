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
import fi.polku.compensation.domain.claim.ClaimLimit;
import fi.polku.compensation.domain.claim.ClaimRule;
import fi.polku.compensation.domain.claim.ClaimRules;
import fi.polku.compensation.domain.claim.ClaimType;
import fi.polku.compensation.domain.claim.Claimant;
import fi.polku.compensation.domain.supplementary.SupplementaryProgramme;
import fi.polku.compensation.domain.supplementary.SupplementaryProgrammes;

import java.time.LocalDate;
import java.util.Map;

/**
 * The rule book from the files shipped with the service: {@code /rules/*.csv} (periods, amounts, claim rules and
 * supplementary programmes, each row with its source) and {@code /reference/*.csv} (municipalities and merges,
 * copied from shared/data).
 */
public final class ClasspathRuleBook {

    private ClasspathRuleBook() {
    }

    public static RuleBook load() {
        return new RuleBook(periods(), amounts(), municipalities(), claims(), supplementaryProgrammes());
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

    static ClaimRules claims() {
        return new ClaimRules(CsvTable.read("/rules/claim-rules.csv").stream()
                .map(r -> new ClaimRule(ClaimType.valueOf(r.get("type")), date(r.get("costs_from")),
                        date(r.get("costs_until")), Claimant.valueOf(r.get("claimant")),
                        r.get("group").isEmpty() ? null : CompensationGroup.valueOf(r.get("group")),
                        ClaimLimit.valueOf(r.get("limit")), Integer.parseInt(r.get("years")),
                        Boolean.parseBoolean(r.get("above_annual_compensation")), source(r)))
                .toList());
    }

    static SupplementaryProgrammes supplementaryProgrammes() {
        return new SupplementaryProgrammes(CsvTable.read("/rules/supplementary-programmes.csv").stream()
                .map(r -> new SupplementaryProgramme(r.get("code"), Integer.parseInt(r.get("arrival_year")),
                        date(r.get("applications_from")), date(r.get("applications_until")), date(r.get("age_on")),
                        Long.parseLong(r.get("under_7_cents")), Long.parseLong(r.get("seven_or_over_cents")),
                        source(r)))
                .toList());
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

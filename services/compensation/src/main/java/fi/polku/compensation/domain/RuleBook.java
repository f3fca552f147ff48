package fi.polku.compensation.domain;

/** All the reference data the calculated compensation depends on, loaded from the files shipped with the service. */
public record RuleBook(PeriodRules periods, AnnualAmounts amounts, MunicipalityRegister municipalities) {
}

package fi.polku.compensation.domain;

import fi.polku.compensation.domain.claim.ClaimRules;
import fi.polku.compensation.domain.supplementary.SupplementaryProgrammes;

/**
 * All the reference data the compensation depends on, loaded from the files shipped with the service: the periods
 * and annual amounts of the calculated compensation, the municipalities, the rules of claims of actual costs and the
 * supplementary programmes.
 */
public record RuleBook(PeriodRules periods, AnnualAmounts amounts, MunicipalityRegister municipalities,
                       ClaimRules claims, SupplementaryProgrammes supplementaryProgrammes) {
}

package fi.polku.compensation.domain.claim;

import fi.polku.kit.domain.DomainRuleViolation;

/** A claim the rules do not allow; the rule code and the message say why. */
public class ClaimIneligible extends DomainRuleViolation {

    public ClaimIneligible(String rule, String message) {
        super(rule, message);
    }
}

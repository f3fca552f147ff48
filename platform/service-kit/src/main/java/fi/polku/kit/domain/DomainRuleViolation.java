package fi.polku.kit.domain;

/**
 * A request that is well formed but breaks a rule of the domain (an offer past its deadline, a place that is no
 * longer free). Plain Java so that domain code may throw it; the web adapter answers 409 with the rule's code.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code offer-expired}. */
    public String rule() {
        return rule;
    }
}

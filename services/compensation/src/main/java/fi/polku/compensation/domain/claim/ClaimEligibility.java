package fi.polku.compensation.domain.claim;

import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.AnnualAmount;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.Municipality;
import fi.polku.compensation.domain.ResidenceHistory;
import fi.polku.compensation.domain.RuleBook;

import java.time.LocalDate;

/**
 * Whether a claim of actual costs may be submitted: the claimant, the group, the time limits of every rule that
 * covers some of its cost days, and the threshold of significant costs. Throws {@link ClaimIneligible} with the
 * rule broken.
 */
public final class ClaimEligibility {

    private final RuleBook rules;

    public ClaimEligibility(RuleBook rules) {
        this.rules = rules;
    }

    public void check(ClaimedCosts costs, Entitlement person) {
        for (ClaimRule rule : rules.claims().applicable(costs.type(), costs.from(), costs.to())) {
            checkClaimant(rule, costs, person);
            checkGroup(rule, person);
            checkLimit(rule, costs, person);
            checkThreshold(rule, costs, person);
        }
    }

    private void checkClaimant(ClaimRule rule, ClaimedCosts costs, Entitlement person) {
        ResidenceHistory history = person.residenceHistory();
        LocalDate day = rule.firstDay(costs.from());
        boolean entitled = switch (rule.claimant()) {
            case FIRST_RESIDENCE -> sameMunicipality(history.residences().get(0).municipality(), costs.municipality(),
                    history.start());
            case RESIDENCE -> history.municipalityOn(day)
                    .map(code -> sameMunicipality(code, costs.municipality(), day)).orElse(false);
        };
        if (!entitled) {
            throw new ClaimIneligible("claim-not-the-municipality", rule.claimant() == Claimant.FIRST_RESIDENCE
                    ? "Only the person's first municipality of residence may claim " + costs.type()
                    : "The person's municipality of residence on " + day + " was not " + costs.municipality());
        }
    }

    private boolean sameMunicipality(String residence, String claimant, LocalDate day) {
        return residence.equals(claimant) || rules.municipalities().on(residence, day).code().equals(claimant);
    }

    private static void checkGroup(ClaimRule rule, Entitlement person) {
        if (rule.group() != null && rule.group() != person.group()) {
            throw new ClaimIneligible("claim-wrong-group", rule.type() + " is compensated for the " + rule.group()
                    + " group only");
        }
    }

    private static void checkLimit(ClaimRule rule, ClaimedCosts costs, Entitlement person) {
        LocalDate first = rule.firstDay(costs.from());
        LocalDate last = rule.lastDay(costs.to());
        switch (rule.limit()) {
            case NONE -> {
            }
            case BEFORE_AGE -> {
                LocalDate birthday = person.birthDate().plusYears(rule.years());
                if (!last.isBefore(birthday)) {
                    throw new ClaimIneligible("claim-after-age-limit", rule.type() + " costs incurred from "
                            + first + " are compensated until the day before the " + rule.years()
                            + "th birthday (" + birthday.minusDays(1) + ")");
                }
            }
            case WITHIN_YEARS_OF_FIRST_RESIDENCE -> {
                LocalDate start = person.residenceHistory().start();
                LocalDate end = start.plusYears(rule.years()).minusDays(1);
                if (first.isBefore(start) || last.isAfter(end)) {
                    throw new ClaimIneligible("claim-outside-period", rule.type() + " costs are compensated from the "
                            + "first municipality of residence (" + start + ") for " + rule.years() + " years, until "
                            + end);
                }
            }
        }
    }

    private void checkThreshold(ClaimRule rule, ClaimedCosts costs, Entitlement person) {
        if (!rule.aboveAnnualCompensation()) {
            return;
        }
        LocalDate day = rule.firstDay(costs.from());
        long threshold = annualCompensation(person, costs.municipality(), day);
        if (costs.cents() <= threshold) {
            throw new ClaimIneligible("claim-below-threshold", rule.type() + " costs are compensated only when they "
                    + "exceed one year's calculated compensation of the person (" + threshold + " cents on " + day
                    + ")");
        }
    }

    /** One year's calculated compensation of the person to the claiming municipality, by age band on {@code day}. */
    long annualCompensation(Entitlement person, String municipality, LocalDate day) {
        Municipality m = rules.municipalities().on(municipality, day);
        AnnualAmount amount = rules.amounts().on(m.recipient(), day)
                .orElseThrow(() -> new IllegalStateException("No annual amount for " + m.recipient() + " on " + day));
        return amount.annualCents(AgeBand.on(person.birthDate(), day));
    }
}

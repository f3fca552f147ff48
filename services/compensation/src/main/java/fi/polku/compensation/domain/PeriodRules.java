package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.util.List;

/** The effective-dated period rules; the rule set is chosen by the date the period starts. */
public record PeriodRules(List<PeriodRule> rules) {

    public PeriodRules {
        rules = List.copyOf(rules);
    }

    public PeriodRule ruleFor(CompensationGroup group, LocalDate start) {
        List<PeriodRule> matching = rules.stream().filter(r -> r.appliesTo(group, start)).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(matching.size() + " period rules for " + group + " starting " + start);
        }
        return matching.get(0);
    }

    public CompensationPeriod periodFor(CompensationGroup group, LocalDate start) {
        return CompensationPeriod.ofYears(start, ruleFor(group, start).years());
    }
}

package fi.polku.compensation.domain.claim;

import java.time.LocalDate;
import java.util.List;

/** The effective-dated rules of the claim types; the rule of a cost day is the one whose dates cover it. */
public record ClaimRules(List<ClaimRule> rules) {

    public ClaimRules {
        rules = List.copyOf(rules);
    }

    /** The rules that apply to some day of costs incurred {@code from}–{@code to}, in date order. */
    public List<ClaimRule> applicable(ClaimType type, LocalDate from, LocalDate to) {
        return rules.stream().filter(r -> r.type() == type && r.overlaps(from, to))
                .sorted(java.util.Comparator.comparing(r -> r.firstDay(from)))
                .toList();
    }

    /** The one rule of {@code type} on {@code day}; the rule data must leave no day uncovered or doubly covered. */
    public ClaimRule on(ClaimType type, LocalDate day) {
        List<ClaimRule> matching = rules.stream().filter(r -> r.type() == type && r.covers(day)).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(matching.size() + " claim rules for " + type + " on " + day);
        }
        return matching.get(0);
    }
}

package fi.polku.reception.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/** How long after the permit decision each step is due; configuration, since no national rule sets them. */
public final class ChecklistPolicy {

    private final Map<TransitionStep, Period> dueAfterPermit;

    public ChecklistPolicy(Map<TransitionStep, Period> dueAfterPermit) {
        this.dueAfterPermit = new EnumMap<>(dueAfterPermit);
        for (TransitionStep step : TransitionStep.values()) {
            if (!this.dueAfterPermit.containsKey(step)) {
                throw new IllegalArgumentException("No due period for " + step);
            }
        }
    }

    /** The defaults: the Oulu model's order, the need assessment within a month. */
    public static ChecklistPolicy defaults() {
        Map<TransitionStep, Period> due = new EnumMap<>(TransitionStep.class);
        due.put(TransitionStep.PERMIT_INFO_SESSION, Period.ofDays(7));
        due.put(TransitionStep.POPULATION_REGISTER_ENTRY, Period.ofDays(14));
        due.put(TransitionStep.KELA_APPLICATION, Period.ofDays(14));
        due.put(TransitionStep.IDENTITY_CARD_APPLICATION, Period.ofDays(30));
        due.put(TransitionStep.CONSENT, Period.ofDays(21));
        due.put(TransitionStep.COMPETENCE_IDENTIFICATION, Period.ofDays(30));
        due.put(TransitionStep.NEED_ASSESSMENT, Period.ofDays(30));
        return new ChecklistPolicy(due);
    }

    /** These defaults with some periods replaced. */
    public ChecklistPolicy with(Map<TransitionStep, Period> overrides) {
        Map<TransitionStep, Period> due = new EnumMap<>(dueAfterPermit);
        due.putAll(overrides);
        return new ChecklistPolicy(due);
    }

    public LocalDate due(TransitionStep step, LocalDate permitDecision) {
        return permitDecision.plus(dueAfterPermit.get(step));
    }
}

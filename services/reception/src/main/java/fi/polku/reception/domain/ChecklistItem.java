package fi.polku.reception.domain;

import java.time.LocalDate;

/** One step of the transition checklist, for one person or (personId null) for the whole household. */
public record ChecklistItem(TransitionStep step, String personId, TransitionStep.Party responsible, LocalDate due,
                           Status status, LocalDate completedOn) {

    public enum Status { OPEN, DONE, NOT_NEEDED }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && due.isBefore(today);
    }

    boolean concerns(TransitionStep otherStep, String otherPersonId) {
        return step == otherStep && (step.perHousehold() || java.util.Objects.equals(personId, otherPersonId));
    }

    ChecklistItem completed(Status outcome, LocalDate on) {
        return new ChecklistItem(step, personId, responsible, due, outcome, on);
    }
}

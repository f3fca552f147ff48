package fi.polku.reception.domain;

/**
 * The phases of the transition from reception centre to municipality after a permit, in the order of the Oulu
 * good practice, each with who is responsible, so that nobody falls outside authority contact in between.
 */
public enum TransitionStep {
    PERMIT_INFO_SESSION(Party.RECEPTION_CENTRE, false),
    POPULATION_REGISTER_ENTRY(Party.RESIDENT, false),
    KELA_APPLICATION(Party.RESIDENT, false),
    IDENTITY_CARD_APPLICATION(Party.RESIDENT, false),
    CONSENT(Party.RECEPTION_CENTRE, false),
    COMPETENCE_IDENTIFICATION(Party.RECEPTION_CENTRE, false),
    NEED_ASSESSMENT(Party.RECEPTION_CENTRE, true);

    /** Who does the step: the centre itself, or the resident with the centre's guidance. */
    public enum Party { RECEPTION_CENTRE, RESIDENT }

    private final Party responsible;
    private final boolean perHousehold;

    TransitionStep(Party responsible, boolean perHousehold) {
        this.responsible = responsible;
        this.perHousehold = perHousehold;
    }

    public Party responsible() {
        return responsible;
    }

    /** Done once for the household (the need assessment), not for each person. */
    public boolean perHousehold() {
        return perHousehold;
    }
}

package fi.polku.reception.domain;

/** Where a household stands on the path, as the reception centre sees it. */
public enum HouseholdStatus {
    IN_RECEPTION,
    PERMIT_GRANTED,
    PLACEMENT_REQUESTED,
    SELF_MOVE_REPORTED,
    OFFER_ACCEPTED,
    ASSIGNED,
    MOVED_OUT
}

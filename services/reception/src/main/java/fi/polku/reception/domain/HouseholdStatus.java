package fi.polku.reception.domain;

/** Where a household stands on the path, as the reception centre sees it. */
public enum HouseholdStatus {
    IN_RECEPTION,
    PERMIT_GRANTED,
    PLACEMENT_REQUESTED,
    OFFER_ACCEPTED,
    ASSIGNED,
    MOVED_OUT
}

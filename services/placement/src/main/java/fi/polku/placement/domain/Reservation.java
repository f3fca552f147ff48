package fi.polku.placement.domain;

/** Places taken by an accepted offer; keyed by the offer so that retrying an acceptance never takes them twice. */
public record Reservation(String offerId, int year, PlaceGroup group, int people) {
}

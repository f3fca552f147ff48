package fi.polku.placement.domain;

/** The number of places a municipality confirmed for one calendar year and group. */
public record ConfirmedPlaces(int year, PlaceGroup group, int places) {
}

package fi.polku.placement.domain;

/**
 * A family group home (perheryhmäkoti) unit for unaccompanied minors in a year: at most seven children per unit,
 * and the hosting municipality must have an agreement.
 */
public record FamilyGroupHome(int year, String name, int places) {

    public static final int MAX_CHILDREN_PER_UNIT = 7;
}

package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;

/**
 * The groups a municipality confirms its places in each year. Places for unaccompanied minors are agreed apart,
 * as family group home units ({@link FamilyGroupHome}); their reservations use {@link #UNACCOMPANIED_MINOR}.
 */
public enum PlaceGroup {
    ASYLUM,
    QUOTA,
    TEMPORARY_PROTECTION,
    UNACCOMPANIED_MINOR;

    public static PlaceGroup of(IntegrationGroup group) {
        return switch (group) {
            case QUOTA_REFUGEE -> QUOTA;
            case TEMPORARY_PROTECTION -> TEMPORARY_PROTECTION;
            case INTERNATIONAL_PROTECTION, FAMILY_REUNIFICATION -> ASYLUM;
        };
    }
}

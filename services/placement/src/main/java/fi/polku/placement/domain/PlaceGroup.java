package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;

/** The groups a municipality confirms its places in each year. Unaccompanied minors' places are agreed apart. */
public enum PlaceGroup {
    ASYLUM,
    QUOTA,
    TEMPORARY_PROTECTION;

    public static PlaceGroup of(IntegrationGroup group) {
        return switch (group) {
            case QUOTA_REFUGEE -> QUOTA;
            case TEMPORARY_PROTECTION -> TEMPORARY_PROTECTION;
            case INTERNATIONAL_PROTECTION, FAMILY_REUNIFICATION -> ASYLUM;
        };
    }
}

package fi.polku.events;

/** The group of the Integration Act (681/2023) a residence permit puts a person in; it decides compensation periods. */
public enum IntegrationGroup {
    INTERNATIONAL_PROTECTION,
    QUOTA_REFUGEE,
    FAMILY_REUNIFICATION,
    TEMPORARY_PROTECTION;

    public boolean isQuota() {
        return this == QUOTA_REFUGEE;
    }
}

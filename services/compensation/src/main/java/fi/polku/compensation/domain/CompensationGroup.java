package fi.polku.compensation.domain;

import fi.polku.events.IntegrationGroup;

/** The groups whose compensation periods differ: quota refugees get a longer period than everyone else. */
public enum CompensationGroup {
    QUOTA,
    OTHER;

    public static CompensationGroup of(IntegrationGroup group) {
        return group.isQuota() ? QUOTA : OTHER;
    }
}

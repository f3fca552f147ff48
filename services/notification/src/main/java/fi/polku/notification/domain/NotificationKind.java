package fi.polku.notification.domain;

/** What a notification tells its recipient; the key names its subject and body in the template files. */
public enum NotificationKind {
    OFFER_MADE("offer-made"),
    ASSIGNED_TO_MUNICIPALITY("assigned-to-municipality"),
    ASSIGNED_FOR_RECEPTION_CENTRE("assigned-for-reception-centre"),
    SETTLED("settled"),
    ENTITLEMENT_OPENED("entitlement-opened");

    private final String templateKey;

    NotificationKind(String templateKey) {
        this.templateKey = templateKey;
    }

    public String templateKey() {
        return templateKey;
    }
}

package fi.polku.notification.domain;

/**
 * What a notification tells its recipient; the key names its subject and body in the template files. Adding a
 * message is a kind here, its texts in each template file and one handler that says who is told.
 */
public enum NotificationKind {
    /** To the municipality: a placement offer to answer by its deadline. */
    OFFER_MADE("offer-made"),
    /** To the municipality: an offer still unanswered shortly before its deadline. */
    OFFER_EXPIRING("offer-expiring"),
    /** To the municipality: its offer passed the deadline unanswered. */
    OFFER_EXPIRED("offer-expired"),
    /** To the regional coordinator (the case owner): an offer passed its deadline unanswered. */
    OFFER_EXPIRED_FOR_COORDINATOR("offer-expired-for-coordinator"),
    /** To the regional coordinator: the municipality declined the offer. */
    OFFER_DECLINED("offer-declined"),
    /** To the wellbeing services county: consultation on a household with evident social or health-care needs. */
    CONSULTATION_REQUESTED("consultation-requested"),
    ASSIGNED_TO_MUNICIPALITY("assigned-to-municipality"),
    ASSIGNED_FOR_RECEPTION_CENTRE("assigned-for-reception-centre"),
    /** To the municipality: the household leaves the reception centre for it on the move-out date. */
    MOVING_TO_MUNICIPALITY("moving-to-municipality"),
    /** To the municipality: a household found housing there itself (omatoiminen muutto). */
    SELF_MOVE_REPORTED("self-move-reported"),
    SETTLED("settled"),
    /** To the new municipality of residence after a later move. */
    RESIDENCE_CHANGED_IN("residence-changed-in"),
    /** To the former municipality of residence after a later move. */
    RESIDENCE_CHANGED_OUT("residence-changed-out"),
    ENTITLEMENT_OPENED("entitlement-opened"),
    /** To a municipality or wellbeing services county: its payment proposal of a month's run, with the totals. */
    PAYMENT_PROPOSAL_READY("payment-proposal-ready"),
    /** To the municipality: a run withheld its lines, with the reason and what would release them. */
    PAYMENT_WITHHELD("payment-withheld"),
    /** To the municipality: its claim of actual costs was approved or rejected. */
    CLAIM_DECIDED("claim-decided"),
    /** To the municipality: its application to a supplementary programme was approved or rejected. */
    SUPPLEMENTARY_APPLICATION_DECIDED("supplementary-application-decided");

    private final String templateKey;

    NotificationKind(String templateKey) {
        this.templateKey = templateKey;
    }

    public String templateKey() {
        return templateKey;
    }
}

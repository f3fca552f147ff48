package fi.polku.events;

import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type: its record, its topic and its CloudEvents type name ({@code fi.polku.<writer>.<Name>}).
 * The JSON Schema of each type is at {@code /schemas/<typeName>.schema.json} and is owned by the writer.
 */
public enum EventType {

    PERMIT_GRANTED(Topic.RECEPTION_RESIDENTS, PermitGranted.class),
    PLACEMENT_REQUESTED(Topic.RECEPTION_RESIDENTS, PlacementRequested.class),
    MOVED_OUT(Topic.RECEPTION_RESIDENTS, MovedOut.class),
    SELF_MOVE_REPORTED(Topic.RECEPTION_RESIDENTS, SelfMoveReported.class),
    CONSENT_REVOKED(Topic.RECEPTION_RESIDENTS, ConsentRevoked.class),

    CASE_OPENED(Topic.PLACEMENT_CASES, CaseOpened.class),
    OFFER_MADE(Topic.PLACEMENT_CASES, OfferMade.class),
    OFFER_ACCEPTED(Topic.PLACEMENT_CASES, OfferAccepted.class),
    OFFER_DECLINED(Topic.PLACEMENT_CASES, OfferDeclined.class),
    OFFER_EXPIRED(Topic.PLACEMENT_CASES, OfferExpired.class),
    ASSIGNED(Topic.PLACEMENT_CASES, Assigned.class),
    SETTLED(Topic.PLACEMENT_CASES, Settled.class),
    RESIDENCE_CHANGED(Topic.PLACEMENT_CASES, ResidenceChanged.class),

    AGREEMENT_CHANGED(Topic.PLACEMENT_MUNICIPALITIES, AgreementChanged.class),

    ENTITLEMENT_OPENED(Topic.COMPENSATION, EntitlementOpened.class),
    PAYMENT_RUN_COMPLETED(Topic.COMPENSATION, PaymentRunCompleted.class),
    PAYMENT_WITHHELD(Topic.COMPENSATION, PaymentWithheld.class),
    CLAIM_DECIDED(Topic.COMPENSATION, ClaimDecided.class),
    SUPPLEMENTARY_APPLICATION_DECIDED(Topic.COMPENSATION, SupplementaryApplicationDecided.class),

    NOTIFICATION_DELIVERED(Topic.NOTIFICATION_DELIVERIES, NotificationDelivered.class);

    private final Topic topic;
    private final Class<? extends PolkuEvent> recordType;
    private final String typeName;

    EventType(Topic topic, Class<? extends PolkuEvent> recordType) {
        this.topic = topic;
        this.recordType = recordType;
        this.typeName = "fi.polku." + topic.writer() + "." + recordType.getSimpleName();
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends PolkuEvent> recordType() {
        return recordType;
    }

    /** The CloudEvents {@code type} attribute. */
    public String typeName() {
        return typeName;
    }

    public String schemaResource() {
        return "/schemas/" + typeName + ".schema.json";
    }

    public static EventType of(PolkuEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<? extends PolkuEvent> recordType) {
        return Arrays.stream(values()).filter(t -> t.recordType.equals(recordType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a registered event: " + recordType.getName()));
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }
}

package fi.polku.notification.application;

import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;

import java.util.Map;

/**
 * Who is told what at each step of the workflow: the municipality at the offer, the assignment, the residence and
 * the compensation; the reception centre at the assignment, so the household is guided through the move.
 */
public class WorkflowNotifications {

    private final InboxDelivery delivery;
    private final String placementApiUrl;

    /** @param placementApiUrl base of links into the placement API; empty for links relative to the API gateway */
    public WorkflowNotifications(InboxDelivery delivery, String placementApiUrl) {
        this.delivery = delivery;
        this.placementApiUrl = placementApiUrl;
    }

    public void offerMade(IncomingEvent<OfferMade> event) {
        OfferMade offer = event.data();
        OfferMade.Profile profile = offer.profile();
        String link = placementApiUrl + "/api/v1/offers/" + offer.offerId();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(offer.municipality()),
                NotificationKind.OFFER_MADE, offer.caseId(), link, p -> Map.of(
                "offerId", offer.offerId(),
                "deadline", p.date(offer.deadline()),
                "people", p.people(profile.memberAges().size()),
                "ages", p.ages(profile.memberAges()),
                "needs", p.needs(profile.needs()),
                "languages", p.languages(profile.languages()),
                "link", link)));
    }

    public void assigned(IncomingEvent<Assigned> event) {
        Assigned assigned = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(assigned.municipality()),
                NotificationKind.ASSIGNED_TO_MUNICIPALITY, assigned.caseId(), null, p -> Map.of(
                "caseId", assigned.caseId(),
                "assignedOn", p.date(assigned.assignedOn()),
                "receptionCentre", assigned.receptionCentreId())));
        delivery.deliver(event.id(), new Notice(Recipient.receptionCentre(assigned.receptionCentreId()),
                NotificationKind.ASSIGNED_FOR_RECEPTION_CENTRE, assigned.caseId(), null, p -> Map.of(
                "caseId", assigned.caseId(),
                "assignedOn", p.date(assigned.assignedOn()),
                "municipality", p.municipality(assigned.municipality()))));
    }

    public void settled(IncomingEvent<Settled> event) {
        Settled settled = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(settled.municipality()),
                NotificationKind.SETTLED, settled.caseId(), null, p -> Map.of(
                "caseId", settled.caseId(),
                "residentSince", p.date(settled.residentSince()),
                "people", p.people(settled.residents().size()))));
    }

    public void entitlementOpened(IncomingEvent<EntitlementOpened> event) {
        EntitlementOpened entitlement = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(entitlement.municipality()),
                NotificationKind.ENTITLEMENT_OPENED, entitlement.entitlementId(), null, p -> Map.of(
                "entitlementId", entitlement.entitlementId(),
                "periodStart", p.date(entitlement.periodStart()),
                "periodEnd", p.date(entitlement.periodEnd()),
                "compensationGroup", p.compensationGroup(entitlement.compensationGroup()))));
    }
}

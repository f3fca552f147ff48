package fi.polku.notification.application;

import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.domain.Municipality;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * Who is told what at each placement step: the municipality of its offers, assignments and residence; the
 * wellbeing services county when an offered household has evident social or health-care needs (it must be
 * consulted before the assignment); the region's coordinators when an offer comes back declined or unanswered;
 * the reception centre of the assignment.
 */
public class PlacementNotices {

    private static final Logger log = LoggerFactory.getLogger(PlacementNotices.class);

    private final NoticeDelivery delivery;
    private final OfferReminders reminders;
    private final Municipalities municipalities;
    private final Links links;
    private final ConsentRevocations consents;

    public PlacementNotices(NoticeDelivery delivery, OfferReminders reminders, Municipalities municipalities,
                            Links links, ConsentRevocations consents) {
        this.delivery = delivery;
        this.reminders = reminders;
        this.municipalities = municipalities;
        this.links = links;
        this.consents = consents;
    }

    public void offerMade(IncomingEvent<OfferMade> event) {
        OfferMade offer = event.data();
        OfferMade.Profile profile = offer.profile();
        // placement withdraws them too; this covers an offer it made before it heard of the revocation
        Notice.HouseholdNeeds needs = new Notice.HouseholdNeeds(offer.householdId(),
                consents.shareable(offer.householdId(), profile.needs()));
        String link = links.offer(offer.offerId());
        delivery.deliver(event.id(), new Notice(Recipient.municipality(offer.municipality()),
                NotificationKind.OFFER_MADE, offer.caseId(), link, p -> Map.of(
                "offerId", offer.offerId(),
                "deadline", p.date(offer.deadline()),
                "people", p.people(profile.memberAges().size()),
                "ages", p.ages(profile.memberAges()),
                "needs", p.needs(needs.needs()),
                "languages", p.languages(profile.languages()),
                "link", link), needs));
        if (needs.needs().evidentSocialOrHealthCareNeeds()) {
            consultCounty(event, link, needs);
        }
        reminders.offerMade(event);
    }

    private void consultCounty(IncomingEvent<OfferMade> event, String link, Notice.HouseholdNeeds needs) {
        OfferMade offer = event.data();
        var county = municipalities.find(offer.municipality()).flatMap(Municipality::wellbeingCounty);
        if (county.isEmpty()) {
            // Åland has no wellbeing services county; an unknown municipality has none we know
            log.info("No wellbeing services county to consult for offer {} to {}", offer.offerId(), offer.municipality());
            return;
        }
        OfferMade.Profile profile = offer.profile();
        delivery.deliver(event.id(), new Notice(Recipient.wellbeingCounty(county.get().id()),
                NotificationKind.CONSULTATION_REQUESTED, offer.caseId(), link, p -> Map.of(
                "municipality", p.municipality(offer.municipality()),
                "offerId", offer.offerId(),
                "caseId", offer.caseId(),
                "deadline", p.date(offer.deadline()),
                "people", p.people(profile.memberAges().size()),
                "ages", p.ages(profile.memberAges()),
                "needs", p.needs(needs.needs()),
                "languages", p.languages(profile.languages())), needs));
    }

    public void offerAccepted(IncomingEvent<OfferAccepted> event) {
        reminders.closed(event.data().offerId());
    }

    public void offerDeclined(IncomingEvent<OfferDeclined> event) {
        OfferDeclined declined = event.data();
        reminders.closed(declined.offerId());
        regionOf(declined.municipality()).ifPresent(region -> delivery.deliver(event.id(), new Notice(region,
                NotificationKind.OFFER_DECLINED, declined.caseId(), null, p -> Map.of(
                "municipality", p.municipality(declined.municipality()),
                "offerId", declined.offerId(),
                "caseId", declined.caseId(),
                "declinedOn", p.date(declined.declinedOn()),
                "reason", p.declineReason(declined.reason())))));
    }

    public void offerExpired(IncomingEvent<OfferExpired> event) {
        OfferExpired expired = event.data();
        reminders.closed(expired.offerId());
        delivery.deliver(event.id(), new Notice(Recipient.municipality(expired.municipality()),
                NotificationKind.OFFER_EXPIRED, expired.caseId(), null, p -> Map.of(
                "offerId", expired.offerId(),
                "deadline", p.date(expired.deadline()))));
        regionOf(expired.municipality()).ifPresent(region -> delivery.deliver(event.id(), new Notice(region,
                NotificationKind.OFFER_EXPIRED_FOR_COORDINATOR, expired.caseId(), null, p -> Map.of(
                "municipality", p.municipality(expired.municipality()),
                "offerId", expired.offerId(),
                "caseId", expired.caseId(),
                "deadline", p.date(expired.deadline())))));
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

    public void residenceChanged(IncomingEvent<ResidenceChanged> event) {
        ResidenceChanged changed = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(changed.toMunicipality()),
                NotificationKind.RESIDENCE_CHANGED_IN, changed.caseId(), null, p -> Map.of(
                "caseId", changed.caseId(),
                "since", p.date(changed.since()),
                "people", p.people(changed.personIds().size()),
                "fromMunicipality", p.municipality(changed.fromMunicipality()))));
        delivery.deliver(event.id(), new Notice(Recipient.municipality(changed.fromMunicipality()),
                NotificationKind.RESIDENCE_CHANGED_OUT, changed.caseId(), null, p -> Map.of(
                "caseId", changed.caseId(),
                "since", p.date(changed.since()),
                "people", p.people(changed.personIds().size()),
                "toMunicipality", p.municipality(changed.toMunicipality()))));
    }

    /** The coordinators of the municipality's region: they own the case once an offer comes back. */
    private Optional<Recipient> regionOf(String municipality) {
        Optional<Recipient> region = municipalities.find(municipality).map(Municipality::regionCode)
                .filter(code -> code != null && !code.isBlank()).map(Recipient::region);
        if (region.isEmpty()) {
            log.warn("Municipality {} has no known region; its coordinators are not told", municipality);
        }
        return region;
    }
}

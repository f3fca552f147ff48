package fi.polku.operations.application;

import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.operations.domain.DeadLetter;
import fi.polku.operations.domain.HouseholdPath;
import fi.polku.operations.domain.MunicipalityPlaces;
import fi.polku.operations.domain.NotificationOutcome;
import fi.polku.operations.domain.Stage;
import fi.polku.operations.domain.TimelineEntry;

import java.util.function.Consumer;

/**
 * Turns the events of every topic into the console's read model: a household's stage and timeline, municipalities'
 * places, notifications' latest outcomes and dead letters. Each event is applied once (see {@link ReadModel}).
 * Summaries are built from codes, counts and dates only.
 */
public class Projections {

    private final Aggregates<HouseholdPath> households;
    private final Aggregates<MunicipalityPlaces> municipalities;
    private final Aggregates<NotificationOutcome> notifications;
    private final DeadLetterLog deadLetters;
    private final Regions regions;

    public Projections(Aggregates<HouseholdPath> households, Aggregates<MunicipalityPlaces> municipalities,
                       Aggregates<NotificationOutcome> notifications, DeadLetterLog deadLetters, Regions regions) {
        this.households = households;
        this.municipalities = municipalities;
        this.notifications = notifications;
        this.deadLetters = deadLetters;
        this.regions = regions;
    }

    public void permitGranted(IncomingEvent<PermitGranted> e) {
        PermitGranted d = e.data();
        onHousehold(e, d.householdId(), Stage.PERMIT, "permit " + d.permitType() + ", " + d.integrationGroup()
                + ", decided " + d.decisionDate(), h -> h.permit(d.receptionCentreId(), d.decisionDate()));
    }

    public void placementRequested(IncomingEvent<PlacementRequested> e) {
        PlacementRequested d = e.data();
        onHousehold(e, d.householdId(), Stage.APPLIED, "placement application for " + d.members().size()
                + " people from " + d.receptionCentreId() + ", wishes " + d.wishedMunicipalities(), h -> { });
    }

    public void selfMoveReported(IncomingEvent<SelfMoveReported> e) {
        SelfMoveReported d = e.data();
        onHousehold(e, d.householdId(), Stage.APPLIED, "self-move of " + d.members().size() + " people to "
                + d.municipality() + " on " + d.moveDate(), h -> h.heading(d.municipality()));
    }

    public void movedOut(IncomingEvent<MovedOut> e) {
        MovedOut d = e.data();
        onHousehold(e, d.householdId(), Stage.MOVED_OUT, "moved out of " + d.receptionCentreId() + " to "
                + d.destinationMunicipality() + " on " + d.moveOutDate(), h -> { });
    }

    public void caseOpened(IncomingEvent<CaseOpened> e) {
        CaseOpened d = e.data();
        onHousehold(e, d.householdId(), Stage.WAITING_FOR_OFFER, d.route() + " case opened for "
                        + d.householdSize() + " people, permit " + d.permitDate(),
                h -> h.caseOpened(d.caseId(), d.route(), d.receptionCentreId(), d.permitDate(), d.householdSize()));
    }

    public void offerMade(IncomingEvent<OfferMade> e) {
        OfferMade d = e.data();
        onHousehold(e, d.householdId(), Stage.OFFERED, "offered to " + d.municipality() + ", answer by "
                + d.deadline(), h -> h.heading(d.municipality()));
    }

    public void offerAccepted(IncomingEvent<OfferAccepted> e) {
        OfferAccepted d = e.data();
        onHousehold(e, d.householdId(), Stage.ACCEPTED, d.municipality() + " accepted on " + d.acceptedOn(),
                h -> h.heading(d.municipality()));
    }

    public void offerDeclined(IncomingEvent<OfferDeclined> e) {
        OfferDeclined d = e.data();
        offerClosed(e, d.householdId(), d.municipality() + " declined: " + d.reason());
    }

    public void offerExpired(IncomingEvent<OfferExpired> e) {
        OfferExpired d = e.data();
        offerClosed(e, d.householdId(), d.municipality() + " did not answer by " + d.deadline());
    }

    public void assigned(IncomingEvent<Assigned> e) {
        Assigned d = e.data();
        onHousehold(e, d.householdId(), Stage.ASSIGNED, "assigned to " + d.municipality() + " on " + d.assignedOn(),
                h -> h.assigned(d.municipality(), d.assignedOn()));
    }

    public void settled(IncomingEvent<Settled> e) {
        Settled d = e.data();
        onHousehold(e, d.householdId(), Stage.SETTLED, "residence in " + d.municipality() + " since "
                + d.residentSince() + ", " + d.residents().size() + " residents", h -> h.heading(d.municipality()));
    }

    public void residenceChanged(IncomingEvent<ResidenceChanged> e) {
        ResidenceChanged d = e.data();
        onHousehold(e, d.householdId(), Stage.SETTLED, "residence moved from " + d.fromMunicipality() + " to "
                + d.toMunicipality() + " since " + d.since(), h -> h.heading(d.toMunicipality()));
    }

    public void entitlementOpened(IncomingEvent<EntitlementOpened> e) {
        EntitlementOpened d = e.data();
        onHousehold(e, d.householdId(), Stage.COMPENSATED, d.compensationGroup() + " compensation to "
                + d.municipality() + " " + d.periodStart() + " to " + d.periodEnd(), h -> { });
    }

    public void agreementChanged(IncomingEvent<AgreementChanged> e) {
        AgreementChanged d = e.data();
        String region = regions.ofMunicipality(d.municipality()).map(Regions.Region::code).orElse("unknown");
        ReadModel.applyOnce(municipalities, e.id(), d.municipality(), () -> MunicipalityPlaces.of(d.municipality(),
                region), m -> m.agreementChanged(d.places().stream()
                .map(p -> new MunicipalityPlaces.Places(p.year(), p.group(), p.places())).toList()));
    }

    public void notificationDelivered(IncomingEvent<NotificationDelivered> e) {
        NotificationDelivered d = e.data();
        ReadModel.applyOnce(notifications, e.id(), d.notificationId(), () -> NotificationOutcome.of(d.notificationId()),
                n -> n.outcome(d.recipient(), d.channel(), d.outcome(), d.at()));
    }

    /** A record from a dead-letter topic; true when it was new. */
    public boolean deadLettered(DeadLetter deadLetter) {
        return deadLetters.record(deadLetter);
    }

    private void offerClosed(IncomingEvent<? extends PolkuEvent> e, String householdId, String summary) {
        TimelineEntry entry = entry(e, summary);
        ReadModel.applyOnce(households, e.id(), householdId, () -> HouseholdPath.of(householdId),
                h -> h.offerClosed(entry));
    }

    private void onHousehold(IncomingEvent<? extends PolkuEvent> e, String householdId, Stage reached, String summary,
                             Consumer<HouseholdPath> facts) {
        TimelineEntry entry = entry(e, summary);
        ReadModel.applyOnce(households, e.id(), householdId, () -> HouseholdPath.of(householdId), h -> {
            facts.accept(h);
            h.record(entry, reached);
        });
    }

    private static TimelineEntry entry(IncomingEvent<? extends PolkuEvent> e, String summary) {
        EventType type = EventType.of(e.data());
        return new TimelineEntry(e.id().toString(), e.data().getClass().getSimpleName(), e.time(),
                "/polku/" + type.topic().writer(), summary);
    }
}

package fi.polku.notification.application;

import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;

import java.util.Map;

/** What the municipality hears from reception: the move date of a household coming to it, assisted or on its own. */
public class ReceptionNotices {

    private final NoticeDelivery delivery;

    public ReceptionNotices(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    public void movedOut(IncomingEvent<MovedOut> event) {
        MovedOut moved = event.data();
        if (moved.destinationMunicipality() == null) {
            return;
        }
        delivery.deliver(event.id(), new Notice(Recipient.municipality(moved.destinationMunicipality()),
                NotificationKind.MOVING_TO_MUNICIPALITY, moved.householdId(), null, p -> Map.of(
                "householdId", moved.householdId(),
                "moveOutDate", p.date(moved.moveOutDate()),
                "receptionCentre", moved.receptionCentreId())));
    }

    public void selfMoveReported(IncomingEvent<SelfMoveReported> event) {
        SelfMoveReported move = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(move.municipality()),
                NotificationKind.SELF_MOVE_REPORTED, move.householdId(), null, p -> Map.of(
                "householdId", move.householdId(),
                "moveDate", p.date(move.moveDate()),
                "receptionCentre", move.receptionCentreId(),
                "people", p.people(move.members().size()))));
    }
}

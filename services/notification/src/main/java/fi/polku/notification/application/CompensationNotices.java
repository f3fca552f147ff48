package fi.polku.notification.application;

import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;

import java.util.Map;

/**
 * What the municipality hears from compensation. A new compensation event (a payment run, a decided claim, a
 * withheld payment) is one method here, its consumer route, a {@link NotificationKind} and its template texts.
 */
public class CompensationNotices {

    private final NoticeDelivery delivery;

    public CompensationNotices(NoticeDelivery delivery) {
        this.delivery = delivery;
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

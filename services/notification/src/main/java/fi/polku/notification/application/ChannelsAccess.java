package fi.polku.notification.application;

import fi.polku.kit.audit.AuditAction;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.audit.Purpose;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RecipientChannels;

import java.util.List;
import java.util.Optional;

/**
 * People's reads and changes of a recipient's channels: the e-mail addresses are contact details, so each access
 * is on the audit trail before it happens. Deliveries read the channels through {@link ChannelSettings} directly;
 * what they sent, where and when is on record in the notification itself.
 */
public class ChannelsAccess {

    static final String RECORD = "recipient-channels";

    private final ChannelSettings settings;
    private final AuditTrail audit;

    public ChannelsAccess(ChannelSettings settings, AuditTrail audit) {
        this.settings = settings;
        this.audit = audit;
    }

    public Optional<RecipientChannels> read(Recipient recipient) {
        settings.requireKnown(recipient);
        audit.record(AuditAction.READ, Purpose.NOTIFICATION, RECORD, recipient.key(), List.of());
        return settings.find(recipient);
    }

    public RecipientChannels change(Recipient recipient, ChannelSettings.Change change) {
        settings.requireKnown(recipient);
        audit.record(AuditAction.UPDATE, Purpose.NOTIFICATION, RECORD, recipient.key(), List.of());
        return settings.change(recipient, change);
    }
}

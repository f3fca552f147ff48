package fi.polku.events.reception;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A person revoked their consent to pass their health and service data to the municipality and/or the wellbeing
 * services county. Holders of what the household's placement application shared stop forwarding it and delete the
 * needs from their copy (docs/data-protection.md).
 */
public record ConsentRevoked(String householdId, String personId, List<Recipient> recipients, LocalDate revokedOn)
        implements PolkuEvent {

    /** Whom the consent had allowed data to reach. */
    public enum Recipient { MUNICIPALITY, WELLBEING_SERVICES_COUNTY }

    @Override
    public String subject() {
        return householdId;
    }
}

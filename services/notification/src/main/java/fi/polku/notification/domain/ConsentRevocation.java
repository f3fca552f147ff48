package fi.polku.notification.domain;

import fi.polku.events.Needs;

import java.time.LocalDate;

/**
 * A household some member of which revoked the consent its shared needs rested on. From then on notifications word
 * none of the needs that need consent (docs/data-protection.md, "Consent"); one document per household.
 */
public class ConsentRevocation {

    private String householdId;
    private LocalDate revokedOn;

    private ConsentRevocation() {
        // for the store
    }

    public ConsentRevocation(String householdId, LocalDate revokedOn) {
        this.householdId = householdId;
        this.revokedOn = revokedOn;
    }

    /**
     * What may still be told of a household without the consent: the flags that follow from its members (a large
     * family, an unaccompanied minor), not those derived from health and service data.
     */
    public static Needs withoutConsent(Needs needs) {
        return new Needs(false, false, needs.largeFamily(), needs.unaccompaniedMinor());
    }

    public String householdId() {
        return householdId;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }
}

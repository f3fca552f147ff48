package fi.polku.reception.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person's consent to pass their health and service data on, to the municipality and/or the wellbeing services
 * county. Revocable: a revoked consent stops any further sharing from its revocation date.
 */
public record Consent(String personId, Set<Scope> scopes, LocalDate givenOn, LocalDate revokedOn) {

    public enum Scope { MUNICIPALITY, WELLBEING_SERVICES_COUNTY }

    public boolean allows(Scope scope, LocalDate on) {
        return scopes.contains(scope) && !on.isBefore(givenOn) && (revokedOn == null || on.isBefore(revokedOn));
    }

    Consent revoked(LocalDate on) {
        return new Consent(personId, scopes, givenOn, on);
    }
}

package fi.polku.reception.domain;

import fi.polku.events.Needs;
import fi.polku.kit.domain.DomainRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the placement application may carry the household's needs. The regional authority receives the application
 * by law, pseudonymously; the needs that come from health and service data (evident social or health-care needs,
 * accessibility) travel on to the municipality in the offer, and evident social or health-care needs to the wellbeing
 * services county that is consulted. So they are shared only under a consent in force, on the day of sending, of
 * every member of the household (the needs are the household's and cannot be told apart per member).
 */
final class ConsentRule {

    /** Whether a consent decides, for a person, a scope and a date. */
    interface Consents {
        boolean allows(String personId, Consent.Scope scope, LocalDate on);
    }

    private ConsentRule() {
    }

    /** Whether these needs carry health or service data that only a consent lets leave reception. */
    static boolean sharesNeeds(Needs needs) {
        return needs != null && (needs.evidentSocialOrHealthCareNeeds() || needs.accessibility());
    }

    static List<Consent.Scope> scopesNeeded(Needs needs) {
        List<Consent.Scope> scopes = new ArrayList<>();
        if (sharesNeeds(needs)) {
            scopes.add(Consent.Scope.MUNICIPALITY);
        }
        if (needs != null && needs.evidentSocialOrHealthCareNeeds()) {
            scopes.add(Consent.Scope.WELLBEING_SERVICES_COUNTY);
        }
        return scopes;
    }

    /** Refuses the sharing, naming the members and recipients a consent is missing for. */
    static void requireFor(Needs needs, List<Resident> members, Consents consents, LocalDate on) {
        List<String> missing = new ArrayList<>();
        for (Consent.Scope scope : scopesNeeded(needs)) {
            for (Resident member : members) {
                if (!consents.allows(member.personId(), scope, on)) {
                    missing.add(member.personId() + " to " + scope);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("consent-required", "The needs are shared only under a recorded consent;"
                    + " missing: " + String.join(", ", missing) + ". Record the consents, or send the application"
                    + " without these needs.");
        }
    }
}

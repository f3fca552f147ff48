package fi.polku.compensation.application;

import fi.polku.events.compensation.DecisionReason;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.claim.ClaimEligibility;
import fi.polku.compensation.domain.claim.ClaimStatus;
import fi.polku.compensation.domain.claim.ClaimedCosts;
import fi.polku.compensation.domain.claim.CostClaim;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** Municipalities' claims of actual costs: submitted with their eligibility checked, decided by KEHA's officers. */
public class Claims {

    private final Aggregates<CostClaim> claims;
    private final ClaimQueries queries;
    private final Aggregates<Entitlement> entitlements;
    private final ClaimEligibility eligibility;
    private final Clock clock;

    public Claims(Aggregates<CostClaim> claims, ClaimQueries queries, Aggregates<Entitlement> entitlements,
                  ClaimEligibility eligibility, Clock clock) {
        this.claims = claims;
        this.queries = queries;
        this.entitlements = entitlements;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    public CostClaim submit(ClaimedCosts costs, String reference, String submittedBy) {
        LocalDate today = LocalDate.now(clock.withZone(PaymentRuns.HELSINKI));
        if (costs.to().isAfter(today)) {
            throw new InvalidInput("costsTo", "costs can be claimed once incurred");
        }
        Entitlement person = entitlements.find(Entitlement.idFor(costs.personId()))
                .orElseThrow(() -> new InvalidInput("personId", "no entitlement for this person"));
        eligibility.check(costs, person);
        String id = UUID.randomUUID().toString();
        return claims.create(id, CostClaim.submit(id, costs, person.id(), reference, submittedBy, clock.instant()),
                List.of());
    }

    /** Approves the claimed amount, or {@code cents} of it. */
    public CostClaim approve(String id, OptionalLong cents, DecisionReason reason, String grounds, String decidedBy) {
        return claims.update(id, c -> List.of(c.approve(cents.orElse(c.claimedCents()), decidedBy, reason, grounds,
                clock.instant())));
    }

    public CostClaim reject(String id, DecisionReason reason, String grounds, String decidedBy) {
        return claims.update(id, c -> List.of(c.reject(decidedBy, reason, grounds, clock.instant())));
    }

    public CostClaim get(String id) {
        return claims.find(id).orElseThrow(() -> new NotFound("claim", id));
    }

    public List<CostClaim> list(String municipality, ClaimStatus status, int page, int size) {
        return queries.of(municipality, status, page, size);
    }
}

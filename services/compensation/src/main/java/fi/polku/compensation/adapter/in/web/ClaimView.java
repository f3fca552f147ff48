package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.claim.CostClaim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A claim of actual costs with its decision and the run that pays it. */
record ClaimView(String id, String municipality, String personId, String entitlementId, String type,
                 LocalDate costsFrom, LocalDate costsTo, long claimedCents, String reference, String status,
                 String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String reason, String grounds,
                 long approvedCents, String paymentMonth) {

    static ClaimView of(CostClaim c) {
        return new ClaimView(c.id(), c.municipality(), c.personId(), c.entitlementId(), c.type().name(),
                c.costsFrom(), c.costsTo(), c.claimedCents(), c.reference().orElse(null), c.status().name(),
                c.submittedBy(), c.submittedAt(), c.decidedBy().orElse(null), c.decidedAt().orElse(null),
                c.reason().map(Enum::name).orElse(null), c.grounds().orElse(null), c.approvedCents(), c.paymentMonth().map(YearMonth::toString).orElse(null));
    }
}

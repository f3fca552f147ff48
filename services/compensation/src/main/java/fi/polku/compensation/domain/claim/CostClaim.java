package fi.polku.compensation.domain.claim;

import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.DecisionReason;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A municipality's claim of actual costs for one person: submitted by the municipality (eligibility checked then),
 * approved or rejected by a compensation officer with the grounds, and paid once in the next payment run.
 */
public class CostClaim {

    private String id;
    private String municipality;
    private String personId;
    private String entitlementId;
    private ClaimType type;
    private LocalDate costsFrom;
    private LocalDate costsTo;
    private long claimedCents;
    private String reference;
    private ClaimStatus status;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private DecisionReason reason;
    private String grounds;
    private long approvedCents;
    private String paymentRunId;
    private String paymentMonth;

    private CostClaim() {
        // for the store
    }

    public static CostClaim submit(String id, ClaimedCosts costs, String entitlementId, String reference,
                                   String submittedBy, Instant at) {
        CostClaim claim = new CostClaim();
        claim.id = id;
        claim.municipality = costs.municipality();
        claim.personId = costs.personId();
        claim.entitlementId = entitlementId;
        claim.type = costs.type();
        claim.costsFrom = costs.from();
        claim.costsTo = costs.to();
        claim.claimedCents = costs.cents();
        claim.reference = reference;
        claim.status = ClaimStatus.SUBMITTED;
        claim.submittedBy = submittedBy;
        claim.submittedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return claim;
    }

    /** Approves {@code cents} (at most what was claimed) for payment in the next run. */
    public ClaimDecided approve(long cents, String by, DecisionReason reason, String why, Instant at) {
        requireSubmitted();
        if (cents <= 0 || cents > claimedCents) {
            throw new InvalidInput("approvedCents", "must be positive and at most the claimed " + claimedCents);
        }
        approvedCents = cents;
        return decide(ClaimStatus.APPROVED, by, reason, why, at);
    }

    public ClaimDecided reject(String by, DecisionReason reason, String why, Instant at) {
        requireSubmitted();
        approvedCents = 0;
        return decide(ClaimStatus.REJECTED, by, reason, why, at);
    }

    /** The reason travels as a code; the officer's grounds (free text) stay in this service. */
    private ClaimDecided decide(ClaimStatus decision, String by, DecisionReason why, String grounds, Instant at) {
        status = decision;
        reason = why;
        decidedBy = by;
        this.grounds = grounds;
        decidedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return new ClaimDecided(id, municipality, personId, type.name(), decision.name(), claimedCents, approvedCents,
                why);
    }

    private void requireSubmitted() {
        if (status != ClaimStatus.SUBMITTED) {
            throw new DomainRuleViolation("claim-already-decided", "Claim " + id + " is " + status);
        }
    }

    /** An approved claim not yet taken into a payment run. */
    public boolean awaitingPayment() {
        return status == ClaimStatus.APPROVED && paymentRunId == null;
    }

    /** Takes the approved claim into the payment run of {@code month}; a run that is started again keeps it. */
    public void payIn(String runId, YearMonth month) {
        if (status != ClaimStatus.APPROVED) {
            throw new DomainRuleViolation("claim-not-approved", "Claim " + id + " is " + status);
        }
        if (paymentRunId != null && !paymentRunId.equals(runId)) {
            throw new DomainRuleViolation("claim-already-paid", "Claim " + id + " is paid in " + paymentMonth);
        }
        paymentRunId = runId;
        paymentMonth = month.toString();
    }

    public PaymentLine line() {
        return new PaymentLine(Payee.municipality(municipality), entitlementId, personId, YearMonth.parse(paymentMonth),
                LineType.CLAIM, null, municipality, approvedCents, LineStatus.PAYABLE, null, id);
    }

    public String id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public String personId() {
        return personId;
    }

    public String entitlementId() {
        return entitlementId;
    }

    public ClaimType type() {
        return type;
    }

    public LocalDate costsFrom() {
        return costsFrom;
    }

    public LocalDate costsTo() {
        return costsTo;
    }

    public long claimedCents() {
        return claimedCents;
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public ClaimStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> grounds() {
        return Optional.ofNullable(grounds);
    }

    public Optional<DecisionReason> reason() {
        return Optional.ofNullable(reason);
    }

    public long approvedCents() {
        return approvedCents;
    }

    public Optional<String> paymentRunId() {
        return Optional.ofNullable(paymentRunId);
    }

    public Optional<YearMonth> paymentMonth() {
        return Optional.ofNullable(paymentMonth).map(YearMonth::parse);
    }
}

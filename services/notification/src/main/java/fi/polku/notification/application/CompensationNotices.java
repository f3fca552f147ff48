package fi.polku.notification.application;

import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.WellbeingCounty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the municipality hears from compensation: an opened entitlement, its payment proposal of each run, lines a
 * run withheld (why, and what releases them), and the decisions on its claims and supplementary applications. A
 * wellbeing services county (or the City of Helsinki) hears of its own payment proposal, the county shares of the
 * calculated compensation. A new compensation event is one method here, its consumer route, a
 * {@link NotificationKind} and its template texts.
 */
public class CompensationNotices {

    private static final Logger log = LoggerFactory.getLogger(CompensationNotices.class);
    private static final String MUNICIPALITY_PAYEE = "MUNICIPALITY";
    private static final String COUNTY_PAYEE = "WELLBEING_COUNTY";

    private final NoticeDelivery delivery;
    private final Municipalities municipalities;
    private final Links links;

    public CompensationNotices(NoticeDelivery delivery, Municipalities municipalities, Links links) {
        this.delivery = delivery;
        this.municipalities = municipalities;
        this.links = links;
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

    /**
     * Each payee of the run hears of its own proposal: a municipality with a link to it, a wellbeing services
     * county without one (it has no role to read proposals with yet). Nobody is told the run's own totals.
     */
    public void paymentRunCompleted(IncomingEvent<PaymentRunCompleted> event) {
        PaymentRunCompleted run = event.data();
        for (PaymentRunCompleted.Proposal proposal : run.proposals()) {
            payee(proposal).ifPresent(payee -> delivery.deliver(event.id(), new Notice(payee.recipient(),
                    NotificationKind.PAYMENT_PROPOSAL_READY, proposal.proposalId(), payee.isMunicipality()
                    ? links.paymentProposal(run.month(), proposal.proposalId()) : null, p -> Map.of(
                    "month", p.month(run.month()),
                    "payee", payee.name().apply(p),
                    "proposalId", proposal.proposalId(),
                    "payable", p.euros(proposal.payableCents()),
                    "withheld", p.euros(proposal.withheldCents()),
                    "lines", p.lines(proposal.lineCount())))));
        }
    }

    /**
     * The municipality hears why its lines (its own and its county's shares) were withheld and what releases them.
     * The event names no county, so the county learns of its withheld share from its payment proposal.
     */
    public void paymentWithheld(IncomingEvent<PaymentWithheld> event) {
        PaymentWithheld withheld = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(withheld.municipality()),
                NotificationKind.PAYMENT_WITHHELD, withheld.runId(), links.withheldMonths(withheld.municipality()),
                p -> Map.of(
                "month", p.month(withheld.month()),
                "lines", p.lines(withheld.lineCount()),
                "amount", p.euros(withheld.withheldCents()),
                "reason", p.withholdingReason(withheld.reason()),
                "release", p.withholdingRelease(withheld.reason(), withheld.howToRelease()))));
    }

    public void claimDecided(IncomingEvent<ClaimDecided> event) {
        ClaimDecided claim = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(claim.municipality()),
                NotificationKind.CLAIM_DECIDED, claim.claimId(), links.claim(claim.claimId()), p -> Map.of(
                "claimId", claim.claimId(),
                "claimType", p.claimType(claim.claimType()),
                "decision", p.decision(claim.decision()),
                "claimed", p.euros(claim.claimedCents()),
                "approved", p.euros(claim.approvedCents()),
                "reason", p.decisionReason(claim.reason().name()),
                "payment", p.decisionPayment(claim.decision()))));
    }

    public void supplementaryApplicationDecided(IncomingEvent<SupplementaryApplicationDecided> event) {
        SupplementaryApplicationDecided application = event.data();
        delivery.deliver(event.id(), new Notice(Recipient.municipality(application.municipality()),
                NotificationKind.SUPPLEMENTARY_APPLICATION_DECIDED, application.applicationId(),
                links.supplementaryApplication(application.applicationId()), p -> Map.of(
                "programme", application.programme(),
                "applicationId", application.applicationId(),
                "people", p.people(application.personCount()),
                "decision", p.decision(application.decision()),
                "approved", p.euros(application.approvedCents()),
                "reason", p.decisionReason(application.reason().name()),
                "payment", p.decisionPayment(application.decision()))));
    }

    /** Who a proposal is for, and its name in each language. */
    private record Payee(Recipient recipient, Function<Phrases, String> name) {

        boolean isMunicipality() {
            return recipient.isMunicipality();
        }
    }

    private Optional<Payee> payee(PaymentRunCompleted.Proposal proposal) {
        if (MUNICIPALITY_PAYEE.equals(proposal.payeeKind())) {
            return Optional.of(new Payee(Recipient.municipality(proposal.payee()),
                    p -> p.municipality(proposal.payee())));
        }
        if (COUNTY_PAYEE.equals(proposal.payeeKind())) {
            // compensation names a county as the municipality register does ("Pohjois-Pohjanmaan hyvinvointialue")
            String id = WellbeingCounty.idOf(proposal.payee());
            if (id.isEmpty()) {
                log.warn("Proposal {} names no wellbeing services county ({}); nobody is told", proposal.proposalId(),
                        proposal.payee());
                return Optional.empty();
            }
            if (municipalities.county(id).isEmpty()) {
                log.warn("Wellbeing services county {} of proposal {} is not in the reference data; writing to {}",
                        proposal.payee(), proposal.proposalId(), Recipient.wellbeingCounty(id));
            }
            return Optional.of(new Payee(Recipient.wellbeingCounty(id),
                    p -> municipalities.county(id).isPresent() ? p.county(id) : proposal.payee()));
        }
        log.warn("Proposal {} is for a payee of an unknown kind {}; nobody is told", proposal.proposalId(),
                proposal.payeeKind());
        return Optional.empty();
    }
}

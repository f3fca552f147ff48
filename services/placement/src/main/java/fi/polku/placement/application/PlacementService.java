package fi.polku.placement.application;

import fi.polku.events.PolkuEvent;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.CaseMember;
import fi.polku.placement.domain.MunicipalityChoice;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.Offer;
import fi.polku.placement.domain.PlacementCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The regional authority's and the municipality's use cases on a placement case. */
public class PlacementService {

    private static final Logger log = LoggerFactory.getLogger(PlacementService.class);
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Aggregates<PlacementCase> cases;
    private final Aggregates<Agreement> agreements;
    private final CaseQueries caseQueries;
    private final AgreementQueries agreementQueries;
    private final MunicipalityRegister register;
    private final Clock clock;
    private final Period offerDeadline;

    public PlacementService(Aggregates<PlacementCase> cases, Aggregates<Agreement> agreements, CaseQueries caseQueries,
                            AgreementQueries agreementQueries, MunicipalityRegister register, Clock clock,
                            Period offerDeadline) {
        this.cases = cases;
        this.agreements = agreements;
        this.caseQueries = caseQueries;
        this.agreementQueries = agreementQueries;
        this.register = register;
        this.clock = clock;
        this.offerDeadline = offerDeadline;
    }

    /** The case id is derived from the application, so a redelivered application finds its case. */
    public static String caseIdFor(String applicationId) {
        return UUID.nameUUIDFromBytes(("case:" + applicationId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Opens a case for a placement application and, where a municipality has room, offers it at once. */
    public void openCase(IncomingEvent<PlacementRequested> event) {
        PlacementRequested application = event.data();
        String caseId = caseIdFor(application.applicationId());
        cases.createOnce(event.id(), caseId, () -> {
            LocalDate today = today();
            PlacementCase placementCase = PlacementCase.fromApplication(caseId, application.householdId(),
                    application.integrationGroup(), application.receptionCentreId(),
                    application.receptionMunicipality(), application.permitDate(), today,
                    application.members().stream().map(m -> new CaseMember(m.personId(), m.birthDate(),
                            m.relationship(), m.unaccompaniedMinor())).toList(),
                    application.needs(), application.languages(), application.familyTiesMunicipalities(),
                    application.wishedMunicipalities());
            List<PolkuEvent> events = new ArrayList<>();
            events.add(placementCase.opened());
            MunicipalityChoice.choose(placementCase, agreementQueries.all(), today).ifPresent(municipality ->
                    events.add(placementCase.offer(offerIdFor(caseId, 1), municipality, today, offerDeadline)));
            return new Aggregates.Change<>(placementCase, events);
        });
    }

    /** The coordinator offers the case to a municipality of their choice. */
    public PlacementCase offer(String caseId, String municipality) {
        if (!register.exists(municipality, today())) {
            throw new InvalidInput("municipality", "no such municipality");
        }
        return cases.update(caseId, c -> List.of(c.offer(offerIdFor(caseId, c.offers().size() + 1), municipality,
                today(), offerDeadline)));
    }

    /**
     * The municipality accepts. Places are reserved first, keyed by the offer, so a retry after a crash between the
     * two writes reserves nothing twice; then the case records the acceptance and the assignment.
     */
    public PlacementCase accept(String offerId) {
        PlacementCase placementCase = caseQueries.byOffer(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        Offer offer = placementCase.offer(offerId).orElseThrow();
        LocalDate today = today();
        if (offer.status() != Offer.Status.OPEN) {
            throw new DomainRuleViolation("offer-answered", "The offer is " + offer.status() + " already");
        }
        if (agreements.find(offer.municipality()).isEmpty()) {
            throw new DomainRuleViolation("no-agreement", "The municipality has no placement agreement");
        }
        agreements.update(offer.municipality(), agreement -> {
            if (!agreement.inForce(today)) {
                throw new DomainRuleViolation("no-agreement", "The municipality's agreement is not in force");
            }
            agreement.reserve(offerId, today.getYear(), placementCase.placeGroup(), placementCase.householdSize());
            return List.of();
        });
        return cases.update(placementCase.id(), c -> c.accept(offerId, today));
    }

    /** The household moved out of reception: its municipality of residence starts on the move-out date. */
    public void settleOnMoveOut(IncomingEvent<MovedOut> event) {
        MovedOut moved = event.data();
        caseQueries.unsettledOfHousehold(moved.householdId()).ifPresentOrElse(
                c -> cases.updateOnce(event.id(), c.id(), pc -> List.of(pc.settle(
                        register.effectiveCode(moved.destinationMunicipality(), moved.moveOutDate()),
                        moved.moveOutDate()))),
                () -> log.warn("Move-out of household {} has no open placement case", moved.householdId()));
    }

    public PlacementCase get(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
    }

    static String offerIdFor(String caseId, int sequence) {
        return UUID.nameUUIDFromBytes(("offer:" + caseId + ":" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}

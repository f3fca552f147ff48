package fi.polku.placement.application;

import fi.polku.events.PolkuEvent;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.CaseMember;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.Offer;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.QuotaProfile;
import fi.polku.placement.domain.Recommendation;
import fi.polku.placement.domain.Recommender;
import fi.polku.events.Needs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The regional authority's and the municipality's use cases on a placement case: intake, offers and answers. */
public class PlacementService {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** How the service behaves: the answer period of an offer, and whether a new case is offered at once. */
    public record Settings(Period offerDeadline, boolean offerOnIntake) {
    }

    private final Aggregates<PlacementCase> cases;
    private final Aggregates<Agreement> agreements;
    private final CaseQueries caseQueries;
    private final AgreementQueries agreementQueries;
    private final MunicipalityRegister register;
    private final Recommender recommender;
    private final Clock clock;
    private final Settings settings;

    public PlacementService(Aggregates<PlacementCase> cases, Aggregates<Agreement> agreements, CaseQueries caseQueries,
                            AgreementQueries agreementQueries, MunicipalityRegister register, Recommender recommender,
                            Clock clock, Settings settings) {
        this.cases = cases;
        this.agreements = agreements;
        this.caseQueries = caseQueries;
        this.agreementQueries = agreementQueries;
        this.register = register;
        this.recommender = recommender;
        this.clock = clock;
        this.settings = settings;
    }

    /** The case id is derived from the application, so a redelivered application finds its case. */
    public static String caseIdFor(String applicationId) {
        return derived("case:" + applicationId);
    }

    public static String selfMoveCaseIdFor(String householdId) {
        return derived("self-move:" + householdId);
    }

    /** Opens a case for a placement application and, where configured and a municipality fits, offers it at once. */
    public void openCase(IncomingEvent<PlacementRequested> event) {
        PlacementRequested application = event.data();
        String caseId = caseIdFor(application.applicationId());
        cases.createOnce(event.id(), caseId, () -> {
            LocalDate today = today();
            PlacementCase placementCase = PlacementCase.fromApplication(caseId, application.householdId(),
                    application.integrationGroup(), application.receptionCentreId(),
                    application.receptionMunicipality(), register.regionOf(application.receptionMunicipality()),
                    application.permitDate(), today, members(application.members()), application.needs(),
                    application.languages(), application.familyTiesMunicipalities(),
                    application.wishedMunicipalities());
            return new Aggregates.Change<>(placementCase, openingEvents(placementCase, today));
        });
    }

    /**
     * A member revoked the consent reception shared the household's needs under: every case of the household deletes
     * them, whichever recipient the consent named (offers reach both through the case). Applied once per event.
     */
    public void consentRevoked(IncomingEvent<ConsentRevoked> event) {
        for (PlacementCase placementCase : caseQueries.ofHousehold(event.data().householdId())) {
            cases.updateOnce(event.id(), placementCase.id(), c -> {
                c.withdrawNeeds(event.data().revokedOn());
                return List.of();
            });
        }
    }

    /** Migri's quota intake: the anonymised profile opens a case in the region Migri names. */
    public PlacementCase openQuotaCase(String intakeId, String region, LocalDate selectedOn, List<CaseMember> members,
                                       Needs needs, List<String> languages, boolean emergency, QuotaProfile profile) {
        if (register.codesInRegion(region).isEmpty()) {
            throw new InvalidInput("region", "no such region");
        }
        String caseId = derived("quota:" + intakeId);
        LocalDate today = today();
        PlacementCase placementCase = PlacementCase.fromQuotaIntake(caseId, region, selectedOn, today, members, needs,
                languages, emergency, profile);
        cases.createOnce(UUID.nameUUIDFromBytes(intakeId.getBytes(StandardCharsets.UTF_8)), caseId,
                () -> new Aggregates.Change<>(placementCase, openingEvents(placementCase, today)));
        return get(caseId);
    }

    /** A self-move is recorded as a case of its own: no offer, but the residence will be followed. */
    public void openSelfMoveCase(IncomingEvent<SelfMoveReported> event) {
        SelfMoveReported move = event.data();
        String caseId = selfMoveCaseIdFor(move.householdId());
        cases.createOnce(event.id(), caseId, () -> {
            PlacementCase placementCase = PlacementCase.fromSelfMove(caseId, move.householdId(),
                    move.integrationGroup(), move.receptionCentreId(), register.regionOf(move.municipality()),
                    move.permitDate(), today(), members(move.members()), move.municipality());
            return new Aggregates.Change<>(placementCase, List.of(placementCase.opened()));
        });
    }

    private List<PolkuEvent> openingEvents(PlacementCase placementCase, LocalDate today) {
        List<PolkuEvent> events = new ArrayList<>();
        events.add(placementCase.opened());
        if (settings.offerOnIntake()) {
            recommender.recommend(placementCase, agreementQueries.all(), today).stream().findFirst()
                    .ifPresent(best -> events.add(placementCase.offer(offerIdFor(placementCase.id(), 1),
                            best.municipality(), today, settings.offerDeadline())));
        }
        return events;
    }

    public List<Recommendation> recommendations(String caseId) {
        return recommender.recommend(get(caseId), agreementQueries.all(), today());
    }

    /** The coordinator offers the case to a municipality of their choice (a hard rule still stops a bad choice). */
    public PlacementCase offer(String caseId, String municipality) {
        LocalDate today = today();
        if (!register.exists(municipality, today)) {
            throw new InvalidInput("municipality", "no such municipality");
        }
        Agreement agreement = agreements.find(municipality).filter(a -> a.inForce(today))
                .orElseThrow(() -> new DomainRuleViolation("no-agreement", "The municipality has no agreement in force"));
        PlacementCase placementCase = get(caseId);
        if (!agreement.fits(placementCase, today.getYear())) {
            throw new DomainRuleViolation("does-not-fit", "The municipality has no room for the whole household in"
                    + " its group, or does not take emergency cases");
        }
        return cases.update(caseId, c -> List.of(c.offer(offerIdFor(caseId, c.offers().size() + 1), municipality,
                today, settings.offerDeadline())));
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
        if (today.isAfter(offer.deadline())) {
            throw new DomainRuleViolation("offer-expired", "The offer's deadline " + offer.deadline() + " has passed");
        }
        if (agreements.find(offer.municipality()).isEmpty()) {
            throw new DomainRuleViolation("no-agreement", "The municipality has no placement agreement");
        }
        agreements.update(offer.municipality(), agreement -> {
            if (!agreement.inForce(today)) {
                throw new DomainRuleViolation("no-agreement", "The municipality's agreement is not in force");
            }
            agreement.reserve(offerId, placementCase, today.getYear());
            return List.of();
        });
        return cases.update(placementCase.id(), c -> c.accept(offerId, today));
    }

    public PlacementCase decline(String offerId, PlacementCase.DeclineReason reason) {
        PlacementCase placementCase = caseQueries.byOffer(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        return cases.update(placementCase.id(), c -> List.of(c.decline(offerId, reason, today())));
    }

    /** Expires the offers whose deadline has passed; their cases return to the coordinator's queue. */
    public int expireDueOffers() {
        LocalDate today = today();
        int expired = 0;
        for (PlacementCase c : caseQueries.withOfferDeadlineBefore(today)) {
            cases.update(c.id(), pc -> pc.expireOffers(today).<List<PolkuEvent>>map(List::of).orElse(List.of()));
            expired++;
        }
        return expired;
    }

    public PlacementCase get(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
    }

    public Optional<Recommendation> nextRecommendation(PlacementCase placementCase) {
        return recommender.recommend(placementCase, agreementQueries.all(), today()).stream().findFirst();
    }

    private static List<CaseMember> members(List<PlacementRequested.Member> members) {
        return members.stream().map(m -> new CaseMember(m.personId(), m.birthDate(), m.relationship(),
                m.unaccompaniedMinor())).toList();
    }

    static String offerIdFor(String caseId, int sequence) {
        return derived("offer:" + caseId + ":" + sequence);
    }

    private static String derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}

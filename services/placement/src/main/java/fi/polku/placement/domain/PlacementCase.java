package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.NotFound;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One household's way to a municipality: opened from a placement application, a quota intake or a self-move;
 * offered to municipalities one at a time; assigned once one accepts; settled when the municipality of residence
 * is recorded; and followed through later moves, because compensation follows the person.
 */
public class PlacementCase {

    public enum Route { ASSISTED, QUOTA, SELF_MOVE }

    /** Why a municipality declines an offer. */
    public enum DeclineReason { NO_HOUSING, NO_SERVICES_FOR_NEEDS, PLACES_USED, OTHER }

    private String id;
    private String householdId;
    private Route route;
    private IntegrationGroup integrationGroup;
    private boolean emergency;
    private String receptionCentreId;
    private String receptionMunicipality;
    private String region;
    private LocalDate permitDate;
    private LocalDate openedOn;
    private List<CaseMember> members = new ArrayList<>();
    private Needs needs;
    private LocalDate needsWithdrawnOn;
    private List<String> languages = new ArrayList<>();
    private List<String> familyTiesMunicipalities = new ArrayList<>();
    private List<String> wishedMunicipalities = new ArrayList<>();
    private QuotaProfile quotaProfile;
    private String selfMoveMunicipality;
    private CaseStatus status;
    private List<Offer> offers = new ArrayList<>();
    private String assignedMunicipality;
    private LocalDate assignedOn;
    private List<Residence> residences = new ArrayList<>();

    private PlacementCase() {
        // for the store
    }

    /** Opens a case from a reception centre's placement application. */
    public static PlacementCase fromApplication(String id, String householdId, IntegrationGroup group,
                                                String receptionCentreId, String receptionMunicipality, String region,
                                                LocalDate permitDate, LocalDate openedOn, List<CaseMember> members,
                                                Needs needs, List<String> languages, List<String> familyTies,
                                                List<String> wishes) {
        PlacementCase c = base(id, householdId, Route.ASSISTED, group, region, permitDate, openedOn, members, needs,
                languages);
        c.receptionCentreId = receptionCentreId;
        c.receptionMunicipality = receptionMunicipality;
        c.familyTiesMunicipalities = List.copyOf(familyTies);
        c.wishedMunicipalities = List.copyOf(wishes);
        return c;
    }

    /** Opens a case from Migri's quota intake: the family is abroad, no reception centre is involved. */
    public static PlacementCase fromQuotaIntake(String id, String region, LocalDate selectedOn, LocalDate openedOn,
                                                List<CaseMember> members, Needs needs, List<String> languages,
                                                boolean emergency, QuotaProfile profile) {
        PlacementCase c = base(id, id, Route.QUOTA, IntegrationGroup.QUOTA_REFUGEE, region, selectedOn, openedOn,
                members, needs, languages);
        c.emergency = emergency;
        c.quotaProfile = profile;
        return c;
    }

    /** Records a self-initiated move: no offer, but the case follows the household to its residence. */
    public static PlacementCase fromSelfMove(String id, String householdId, IntegrationGroup group,
                                             String receptionCentreId, String region, LocalDate permitDate,
                                             LocalDate openedOn, List<CaseMember> members, String municipality) {
        PlacementCase c = base(id, householdId, Route.SELF_MOVE, group, region, permitDate, openedOn, members,
                Needs.none(), List.of());
        c.receptionCentreId = receptionCentreId;
        c.selfMoveMunicipality = municipality;
        return c;
    }

    private static PlacementCase base(String id, String householdId, Route route, IntegrationGroup group,
                                      String region, LocalDate permitDate, LocalDate openedOn, List<CaseMember> members,
                                      Needs needs, List<String> languages) {
        PlacementCase c = new PlacementCase();
        c.id = id;
        c.householdId = householdId;
        c.route = route;
        c.integrationGroup = group;
        c.region = region;
        c.permitDate = permitDate;
        c.openedOn = openedOn;
        c.members = List.copyOf(members);
        c.needs = needs;
        c.languages = List.copyOf(languages);
        c.status = CaseStatus.OPEN;
        return c;
    }

    public CaseOpened opened() {
        return new CaseOpened(id, householdId, route.name(), integrationGroup,
                receptionCentreId == null ? "none" : receptionCentreId, permitDate, members.size());
    }

    public OfferMade offer(String offerId, String municipality, LocalDate today, Period deadline) {
        if (route == Route.SELF_MOVE) {
            throw new DomainRuleViolation("self-move", "A self-move needs no offer");
        }
        if (status != CaseStatus.OPEN) {
            throw new DomainRuleViolation("case-not-open", "Only an open case can be offered; this one is " + status);
        }
        Offer offer = new Offer(offerId, municipality, today, today.plus(deadline), Offer.Status.OPEN, null, null);
        offers.add(offer);
        status = CaseStatus.OFFERED;
        return new OfferMade(id, offerId, householdId, municipality, offer.deadline(),
                new OfferMade.Profile(members.stream().map(m -> m.ageOn(today)).toList(), needs, languages));
    }

    /** The municipality accepted: the regional authority assigns the household to it at once. */
    public List<PolkuEvent> accept(String offerId, LocalDate today) {
        Offer offer = openOffer(offerId);
        if (today.isAfter(offer.deadline())) {
            throw new DomainRuleViolation("offer-expired", "The offer's deadline " + offer.deadline() + " has passed");
        }
        replace(offer, offer.answered(Offer.Status.ACCEPTED, today, null));
        assignedMunicipality = offer.municipality();
        assignedOn = today;
        status = CaseStatus.ASSIGNED;
        return List.of(new OfferAccepted(id, offerId, householdId, offer.municipality(), today),
                new Assigned(id, householdId, offer.municipality(), receptionCentreId == null ? "none" : receptionCentreId,
                        today));
    }

    /** The municipality declined: the case returns to the coordinator's queue. */
    public OfferDeclined decline(String offerId, DeclineReason reason, LocalDate today) {
        Offer offer = openOffer(offerId);
        replace(offer, offer.answered(Offer.Status.DECLINED, today, reason));
        status = CaseStatus.OPEN;
        return new OfferDeclined(id, offerId, householdId, offer.municipality(), reason.name(), today);
    }

    /** Nobody answered in time: the case returns to the coordinator's queue. */
    public Optional<OfferExpired> expireOffers(LocalDate today) {
        for (Offer offer : offers) {
            if (offer.status() == Offer.Status.OPEN && today.isAfter(offer.deadline())) {
                replace(offer, offer.answered(Offer.Status.EXPIRED, today, null));
                status = CaseStatus.OPEN;
                return Optional.of(new OfferExpired(id, offer.offerId(), householdId, offer.municipality(),
                        offer.deadline()));
            }
        }
        return Optional.empty();
    }

    /** The municipality of residence (kotikunta) is recorded: from the move-out, the arrival or the self-move. */
    public Settled settle(String municipality, LocalDate since) {
        if (status == CaseStatus.SETTLED) {
            throw new DomainRuleViolation("already-settled", "The case is settled already");
        }
        if (route == Route.QUOTA && status != CaseStatus.ASSIGNED) {
            throw new DomainRuleViolation("not-assigned", "A quota refugee arrives only once a municipality accepted");
        }
        residences.add(new Residence(municipality, since));
        status = CaseStatus.SETTLED;
        return new Settled(id, householdId, municipality, since, integrationGroup,
                members.stream().map(m -> new Settled.Resident(m.personId(), m.birthDate())).toList());
    }

    /** A later move, or a municipal merge: the history is kept, compensation follows the person. */
    public ResidenceChanged changeResidence(String municipality, LocalDate since) {
        Residence current = currentResidence().orElseThrow(() -> new DomainRuleViolation("not-settled",
                "The household has no municipality of residence yet"));
        if (!since.isAfter(current.from())) {
            throw new DomainRuleViolation("residence-order", "A new residence starts after the current one ("
                    + current.from() + ")");
        }
        if (current.municipality().equals(municipality)) {
            throw new DomainRuleViolation("same-municipality", "The household lives there already");
        }
        residences.add(new Residence(municipality, since));
        return new ResidenceChanged(id, householdId, current.municipality(), municipality, since,
                members.stream().map(CaseMember::personId).toList());
    }

    private Offer openOffer(String offerId) {
        Offer offer = offers.stream().filter(o -> o.offerId().equals(offerId)).findFirst()
                .orElseThrow(() -> new NotFound("offer", offerId));
        if (offer.status() != Offer.Status.OPEN) {
            throw new DomainRuleViolation("offer-answered", "The offer is " + offer.status() + " already");
        }
        return offer;
    }

    private void replace(Offer old, Offer updated) {
        offers.set(offers.indexOf(old), updated);
    }

    /** Days on the path so far, against the target from permit to assignment. */
    public PathTimes pathTimes(LocalDate today) {
        return new PathTimes(permitDate, openedOn,
                offers.stream().map(Offer::madeOn).findFirst().orElse(null), assignedOn,
                residences.stream().map(Residence::from).findFirst().orElse(null), today);
    }

    public boolean pastTarget(Period target, LocalDate today) {
        return route != Route.SELF_MOVE && assignedOn == null && status != CaseStatus.SETTLED
                && permitDate.plus(target).isBefore(today);
    }

    public Optional<Residence> currentResidence() {
        return residences.isEmpty() ? Optional.empty() : Optional.of(residences.get(residences.size() - 1));
    }

    /** Municipalities this case was offered to and that said no or did not answer: not to be offered again. */
    public List<String> refusedBy() {
        return offers.stream().filter(o -> o.status() == Offer.Status.DECLINED || o.status() == Offer.Status.EXPIRED)
                .map(Offer::municipality).toList();
    }

    public Optional<Offer> offer(String offerId) {
        return offers.stream().filter(o -> o.offerId().equals(offerId)).findFirst();
    }

    public int unaccompaniedMinors() {
        return (int) members.stream().filter(CaseMember::unaccompaniedMinor).count();
    }

    public PlaceGroup placeGroup() {
        return PlaceGroup.of(integrationGroup);
    }

    public int householdSize() {
        return members.size();
    }

    public String id() {
        return id;
    }

    public String householdId() {
        return householdId;
    }

    public Route route() {
        return route;
    }

    public IntegrationGroup integrationGroup() {
        return integrationGroup;
    }

    public boolean emergency() {
        return emergency;
    }

    public String receptionCentreId() {
        return receptionCentreId;
    }

    public String receptionMunicipality() {
        return receptionMunicipality;
    }

    /** The region (maakunta) whose regional authority handles the case. */
    public String region() {
        return region;
    }

    public LocalDate permitDate() {
        return permitDate;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public List<CaseMember> members() {
        return members;
    }

    /**
     * A member revoked the consent under which reception shared the needs: they are deleted from the case, so that
     * no later offer, view or notification forwards them. Placement goes on without them, as the person chose.
     */
    public void withdrawNeeds(LocalDate on) {
        if (needsWithdrawnOn == null) {
            needs = Needs.none();
            needsWithdrawnOn = on;
        }
    }

    public Optional<LocalDate> needsWithdrawnOn() {
        return Optional.ofNullable(needsWithdrawnOn);
    }

    public Needs needs() {
        return needs;
    }

    public List<String> languages() {
        return languages;
    }

    public List<String> familyTiesMunicipalities() {
        return familyTiesMunicipalities;
    }

    public List<String> wishedMunicipalities() {
        return wishedMunicipalities;
    }

    public Optional<QuotaProfile> quotaProfile() {
        return Optional.ofNullable(quotaProfile);
    }

    public Optional<String> selfMoveMunicipality() {
        return Optional.ofNullable(selfMoveMunicipality);
    }

    public CaseStatus status() {
        return status;
    }

    public List<Offer> offers() {
        return List.copyOf(offers);
    }

    public Optional<String> assignedMunicipality() {
        return Optional.ofNullable(assignedMunicipality);
    }

    public Optional<LocalDate> assignedOn() {
        return Optional.ofNullable(assignedOn);
    }

    public List<Residence> residences() {
        return List.copyOf(residences);
    }
}

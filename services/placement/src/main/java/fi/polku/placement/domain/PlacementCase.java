package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.NotFound;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One household's way to a municipality: opened from a placement application, offered to municipalities one at a
 * time, assigned once a municipality accepts, settled when the municipality of residence is recorded.
 */
public class PlacementCase {

    public enum Route { ASSISTED, QUOTA, SELF_MOVE }

    private String id;
    private String householdId;
    private Route route;
    private IntegrationGroup integrationGroup;
    private String receptionCentreId;
    private String receptionMunicipality;
    private LocalDate permitDate;
    private LocalDate openedOn;
    private List<CaseMember> members = new ArrayList<>();
    private Needs needs;
    private List<String> languages = new ArrayList<>();
    private List<String> familyTiesMunicipalities = new ArrayList<>();
    private List<String> wishedMunicipalities = new ArrayList<>();
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
                                                String receptionCentreId, String receptionMunicipality,
                                                LocalDate permitDate, LocalDate openedOn, List<CaseMember> members,
                                                Needs needs, List<String> languages, List<String> familyTies,
                                                List<String> wishes) {
        PlacementCase c = new PlacementCase();
        c.id = id;
        c.householdId = householdId;
        c.route = Route.ASSISTED;
        c.integrationGroup = group;
        c.receptionCentreId = receptionCentreId;
        c.receptionMunicipality = receptionMunicipality;
        c.permitDate = permitDate;
        c.openedOn = openedOn;
        c.members = List.copyOf(members);
        c.needs = needs;
        c.languages = List.copyOf(languages);
        c.familyTiesMunicipalities = List.copyOf(familyTies);
        c.wishedMunicipalities = List.copyOf(wishes);
        c.status = CaseStatus.OPEN;
        return c;
    }

    public CaseOpened opened() {
        return new CaseOpened(id, householdId, route.name(), integrationGroup, receptionCentreId, permitDate,
                members.size());
    }

    public OfferMade offer(String offerId, String municipality, LocalDate today, Period deadline) {
        if (status != CaseStatus.OPEN) {
            throw new DomainRuleViolation("case-not-open", "Only an open case can be offered; this one is " + status);
        }
        Offer offer = new Offer(offerId, municipality, today, today.plus(deadline), Offer.Status.OPEN, null);
        offers.add(offer);
        status = CaseStatus.OFFERED;
        return new OfferMade(id, offerId, householdId, municipality, offer.deadline(),
                new OfferMade.Profile(members.stream().map(m -> age(m, today)).toList(), needs, languages));
    }

    /** The municipality accepted: the regional authority assigns the household to it at once. */
    public List<PolkuEvent> accept(String offerId, LocalDate today) {
        Offer offer = openOffer(offerId);
        if (today.isAfter(offer.deadline())) {
            throw new DomainRuleViolation("offer-expired", "The offer's deadline " + offer.deadline() + " has passed");
        }
        replace(offer, offer.answered(Offer.Status.ACCEPTED, today));
        assignedMunicipality = offer.municipality();
        assignedOn = today;
        status = CaseStatus.ASSIGNED;
        return List.of(new OfferAccepted(id, offerId, householdId, offer.municipality(), today),
                new Assigned(id, householdId, offer.municipality(), receptionCentreId, today));
    }

    /** The household's municipality of residence is recorded, from the move-out (or arrival) date. */
    public Settled settle(String municipality, LocalDate since) {
        if (status == CaseStatus.SETTLED) {
            throw new DomainRuleViolation("already-settled", "The case is settled already");
        }
        residences.add(new Residence(municipality, since));
        status = CaseStatus.SETTLED;
        return new Settled(id, householdId, municipality, since, integrationGroup,
                members.stream().map(m -> new Settled.Resident(m.personId(), m.birthDate())).toList());
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

    private static int age(CaseMember member, LocalDate on) {
        return Period.between(member.birthDate(), on).getYears();
    }

    public Optional<Offer> offer(String offerId) {
        return offers.stream().filter(o -> o.offerId().equals(offerId)).findFirst();
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

    public String receptionCentreId() {
        return receptionCentreId;
    }

    public String receptionMunicipality() {
        return receptionMunicipality;
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

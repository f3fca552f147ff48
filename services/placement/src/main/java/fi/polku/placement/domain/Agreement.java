package fi.polku.placement.domain;

import fi.polku.events.placement.AgreementChanged;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A municipality's placement agreement with the regional authority: validity, places confirmed per year and group,
 * family group homes for unaccompanied minors, and the reservations accepted offers made against them. Reservations
 * and the version of this one document are what keep a municipality from ever being overbooked, also when
 * officers accept at the same moment.
 */
public class Agreement {

    private String municipality;
    private AgreementTerms terms;
    private List<Reservation> reservations = new ArrayList<>();
    private List<ConfirmationRequest> confirmationRequests = new ArrayList<>();

    private Agreement() {
        // for the store
    }

    public static Agreement of(String municipality, AgreementTerms terms) {
        Agreement agreement = new Agreement();
        agreement.municipality = municipality;
        validate(terms);
        agreement.terms = terms;
        return agreement;
    }

    public AgreementChanged change(AgreementTerms newTerms) {
        validate(newTerms);
        terms = newTerms;
        return changed();
    }

    public AgreementChanged changed() {
        IntegrationProgramme programme = terms.integrationProgramme();
        List<AgreementChanged.ConfirmedPlaces> places = new ArrayList<>(terms.places().stream()
                .map(p -> new AgreementChanged.ConfirmedPlaces(p.year(), p.group().name(), p.places())).toList());
        return new AgreementChanged(municipality, terms.validFrom(), terms.validTo(), places,
                terms.takesEmergencyCases(),
                programme == null ? null : new AgreementChanged.IntegrationProgramme(programme.validFrom(),
                        programme.validTo()));
    }

    private static void validate(AgreementTerms t) {
        if (t.validTo() != null && t.validTo().isBefore(t.validFrom())) {
            throw new InvalidInput("validTo", "is before validFrom");
        }
        var seen = new HashSet<String>();
        for (ConfirmedPlaces p : t.places()) {
            if (p.group() == PlaceGroup.UNACCOMPANIED_MINOR) {
                throw new InvalidInput("places", "places for unaccompanied minors are agreed as family group homes");
            }
            if (!seen.add(p.year() + "/" + p.group())) {
                throw new InvalidInput("places", "year " + p.year() + " and group " + p.group() + " appear twice");
            }
        }
        for (FamilyGroupHome home : t.familyGroupHomes()) {
            if (home.places() < 1 || home.places() > FamilyGroupHome.MAX_CHILDREN_PER_UNIT) {
                throw new InvalidInput("familyGroupHomes", "a family group home unit has 1 to "
                        + FamilyGroupHome.MAX_CHILDREN_PER_UNIT + " places");
            }
        }
        IntegrationProgramme programme = t.integrationProgramme();
        if (programme != null && programme.validTo() != null && programme.validTo().isBefore(programme.validFrom())) {
            throw new InvalidInput("integrationProgramme.validTo", "is before validFrom");
        }
    }

    /** The coordinator asks the municipality to confirm its places for {@code year}; asking again moves the deadline. */
    public void requestConfirmation(int year, LocalDate today, LocalDate deadline) {
        if (deadline.isBefore(today)) {
            throw new InvalidInput("deadline", "is in the past");
        }
        confirmationRequests.removeIf(r -> r.year() == year && r.answeredOn() == null);
        confirmationRequests.add(new ConfirmationRequest(year, today, deadline, null));
    }

    /** The municipality confirms its places for the year, before the deadline. */
    public AgreementChanged confirm(int year, List<ConfirmedPlaces> places, List<FamilyGroupHome> homes,
                                    boolean takesEmergencyCases, LocalDate today) {
        ConfirmationRequest request = confirmationRequests.stream()
                .filter(r -> r.year() == year && r.answeredOn() == null).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("no-confirmation-request",
                        "Nobody asked this municipality to confirm its places for " + year));
        if (today.isAfter(request.deadline())) {
            throw new DomainRuleViolation("confirmation-closed", "The deadline " + request.deadline() + " has passed");
        }
        if (places.stream().anyMatch(p -> p.year() != year) || homes.stream().anyMatch(h -> h.year() != year)) {
            throw new InvalidInput("places", "every place must be for " + year);
        }
        AgreementTerms confirmed = terms.withYear(year, places, homes, takesEmergencyCases);
        validate(confirmed);
        for (PlaceGroup group : PlaceGroup.values()) {
            int wanted = group == PlaceGroup.UNACCOMPANIED_MINOR
                    ? homes.stream().mapToInt(FamilyGroupHome::places).sum()
                    : places.stream().filter(p -> p.group() == group).mapToInt(ConfirmedPlaces::places).sum();
            if (wanted < used(year, group)) {
                throw new DomainRuleViolation("below-used", group + " places for " + year + " cannot go below the "
                        + used(year, group) + " already used");
            }
        }
        terms = confirmed;
        confirmationRequests.set(confirmationRequests.indexOf(request), request.answered(today));
        return changed();
    }

    public boolean inForce(LocalDate date) {
        return !date.isBefore(terms.validFrom()) && (terms.validTo() == null || !date.isAfter(terms.validTo()));
    }

    public int confirmed(int year, PlaceGroup group) {
        if (group == PlaceGroup.UNACCOMPANIED_MINOR) {
            return terms.familyGroupHomes().stream().filter(h -> h.year() == year).mapToInt(FamilyGroupHome::places)
                    .sum();
        }
        return terms.places().stream().filter(p -> p.year() == year && p.group() == group)
                .mapToInt(ConfirmedPlaces::places).sum();
    }

    public int used(int year, PlaceGroup group) {
        return reservations.stream().filter(r -> r.year() == year && r.group() == group)
                .mapToInt(Reservation::people).sum();
    }

    public int placesLeft(int year, PlaceGroup group) {
        return confirmed(year, group) - used(year, group);
    }

    /** Whether the household fits: everyone in the case's group, minors in family group homes; never split. */
    public boolean fits(PlacementCase placementCase, int year) {
        int minors = placementCase.unaccompaniedMinors();
        int others = placementCase.householdSize() - minors;
        return (minors == 0 || placesLeft(year, PlaceGroup.UNACCOMPANIED_MINOR) >= minors)
                && (others == 0 || placesLeft(year, placementCase.placeGroup()) >= others)
                && (!placementCase.emergency() || terms.takesEmergencyCases());
    }

    /** Takes places for an accepted offer; a second call for the same offer takes nothing more. */
    public void reserve(String offerId, PlacementCase placementCase, int year) {
        if (reservations.stream().anyMatch(r -> r.offerId().equals(offerId))) {
            return;
        }
        if (placementCase.emergency() && !terms.takesEmergencyCases()) {
            throw new DomainRuleViolation("no-emergency-cases", "The municipality does not take emergency cases");
        }
        int minors = placementCase.unaccompaniedMinors();
        int others = placementCase.householdSize() - minors;
        if (minors > 0) {
            reserve(offerId, year, PlaceGroup.UNACCOMPANIED_MINOR, minors);
        }
        if (others > 0) {
            reserve(offerId, year, placementCase.placeGroup(), others);
        }
    }

    /** Takes places of one group; all or nothing, so a family is never split over the last places. */
    public void reserve(String offerId, int year, PlaceGroup group, int people) {
        if (reservations.stream().anyMatch(r -> r.offerId().equals(offerId) && r.group() == group)) {
            return;
        }
        if (placesLeft(year, group) < people) {
            throw new DomainRuleViolation("no-places-left", "The municipality has " + Math.max(0,
                    placesLeft(year, group)) + " " + group + " places left for " + year + ", the household needs "
                    + people);
        }
        reservations.add(new Reservation(offerId, year, group, people));
    }

    public String municipality() {
        return municipality;
    }

    public AgreementTerms terms() {
        return terms;
    }

    public List<Reservation> reservations() {
        return List.copyOf(reservations);
    }

    public List<ConfirmationRequest> confirmationRequests() {
        return List.copyOf(confirmationRequests);
    }

    public Optional<IntegrationProgramme> integrationProgramme() {
        return Optional.ofNullable(terms.integrationProgramme());
    }
}

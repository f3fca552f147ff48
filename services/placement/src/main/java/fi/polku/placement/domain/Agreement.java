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
 * and the reservations accepted offers made against them. Reservations and the version of this one document are
 * what keep a municipality from ever being overbooked, also when officers accept at the same moment.
 */
public class Agreement {

    private String municipality;
    private AgreementTerms terms;
    private List<Reservation> reservations = new ArrayList<>();

    private Agreement() {
        // for the store
    }

    public static Agreement of(String municipality, AgreementTerms terms) {
        Agreement agreement = new Agreement();
        agreement.municipality = municipality;
        agreement.validate(terms);
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
        return new AgreementChanged(municipality, terms.validFrom(), terms.validTo(),
                terms.places().stream().map(p -> new AgreementChanged.ConfirmedPlaces(p.year(), p.group().name(),
                        p.places())).toList(),
                terms.takesEmergencyCases(),
                programme == null ? null : new AgreementChanged.IntegrationProgramme(programme.validFrom(),
                        programme.validTo()));
    }

    private void validate(AgreementTerms t) {
        if (t.validTo() != null && t.validTo().isBefore(t.validFrom())) {
            throw new InvalidInput("validTo", "is before validFrom");
        }
        var seen = new HashSet<String>();
        for (ConfirmedPlaces p : t.places()) {
            if (!seen.add(p.year() + "/" + p.group())) {
                throw new InvalidInput("places", "year " + p.year() + " and group " + p.group() + " appear twice");
            }
        }
    }

    public boolean inForce(LocalDate date) {
        return !date.isBefore(terms.validFrom()) && (terms.validTo() == null || !date.isAfter(terms.validTo()));
    }

    public int confirmed(int year, PlaceGroup group) {
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

    /** Takes places for an accepted offer; a second call for the same offer takes nothing more. */
    public void reserve(String offerId, int year, PlaceGroup group, int people) {
        if (reservations.stream().anyMatch(r -> r.offerId().equals(offerId))) {
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

    public Optional<IntegrationProgramme> integrationProgramme() {
        return Optional.ofNullable(terms.integrationProgramme());
    }
}

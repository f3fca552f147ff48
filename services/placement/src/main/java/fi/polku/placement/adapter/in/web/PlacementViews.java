package fi.polku.placement.adapter.in.web;

import fi.polku.events.Needs;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.Municipality;
import fi.polku.placement.domain.Offer;
import fi.polku.placement.domain.PlaceGroup;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.Residence;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/** What the placement API shows; cases carry pseudonymous ids only. */
final class PlacementViews {

    private PlacementViews() {
    }

    record CaseView(String id, String householdId, String route, String integrationGroup, String receptionCentreId,
                    String receptionMunicipality, LocalDate permitDate, LocalDate openedOn, CaseStatus status,
                    int householdSize, Needs needs, List<String> languages, List<String> wishedMunicipalities,
                    List<Offer> offers, String assignedMunicipality, LocalDate assignedOn,
                    List<Residence> residences) {

        static CaseView of(PlacementCase c) {
            return new CaseView(c.id(), c.householdId(), c.route().name(), c.integrationGroup().name(),
                    c.receptionCentreId(), c.receptionMunicipality(), c.permitDate(), c.openedOn(), c.status(),
                    c.householdSize(), c.needs(), c.languages(), c.wishedMunicipalities(), c.offers(),
                    c.assignedMunicipality().orElse(null), c.assignedOn().orElse(null), c.residences());
        }
    }

    /** An offer as the municipality officer sees it: the anonymised profile, never names. */
    record OfferView(String offerId, String caseId, String municipality, LocalDate madeOn, LocalDate deadline,
                     Offer.Status status, String integrationGroup, List<Integer> memberAges, Needs needs,
                     List<String> languages) {

        static OfferView of(PlacementCase c, Offer o) {
            return new OfferView(o.offerId(), c.id(), o.municipality(), o.madeOn(), o.deadline(), o.status(),
                    c.integrationGroup().name(),
                    c.members().stream().map(m -> Period.between(m.birthDate(), o.madeOn()).getYears()).toList(),
                    c.needs(), c.languages());
        }
    }

    record PlacesView(int year, PlaceGroup group, int confirmed, int used, int left) {
    }

    record AgreementView(String municipality, AgreementTerms terms, List<PlacesView> places) {

        static AgreementView of(Agreement a) {
            List<Integer> years = a.terms().places().stream().map(p -> p.year()).distinct().sorted().toList();
            List<PlacesView> places = years.stream().flatMap(y -> Arrays.stream(PlaceGroup.values())
                    .filter(g -> a.confirmed(y, g) > 0)
                    .map(g -> new PlacesView(y, g, a.confirmed(y, g), a.used(y, g), a.placesLeft(y, g)))).toList();
            return new AgreementView(a.municipality(), a.terms(), places);
        }
    }

    record MunicipalityView(Municipality municipality, AgreementView agreement) {
    }
}

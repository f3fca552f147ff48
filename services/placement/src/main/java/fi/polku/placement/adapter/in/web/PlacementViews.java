package fi.polku.placement.adapter.in.web;

import fi.polku.events.Needs;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.ConfirmationRequest;
import fi.polku.placement.domain.Municipality;
import fi.polku.placement.domain.Offer;
import fi.polku.placement.domain.PathTimes;
import fi.polku.placement.domain.PlaceGroup;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.QuotaProfile;
import fi.polku.placement.domain.Recommendation;
import fi.polku.placement.domain.RegionalAuthorities;
import fi.polku.placement.domain.Residence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What the placement API shows; cases carry pseudonymous ids only. */
final class PlacementViews {

    private PlacementViews() {
    }

    record CaseView(String id, String householdId, String route, String integrationGroup, boolean emergency,
                    String receptionCentreId, String receptionMunicipality, String region, LocalDate permitDate,
                    LocalDate openedOn, CaseStatus status, int householdSize, int unaccompaniedMinors, Needs needs,
                    LocalDate needsWithdrawnOn, List<String> languages, List<String> wishedMunicipalities,
                    List<String> familyTiesMunicipalities, List<Offer> offers, String assignedMunicipality,
                    LocalDate assignedOn, List<Residence> residences, PathTimes pathTimes, boolean pastTarget,
                    Recommendation nextRecommendation) {

        static CaseView of(PlacementCase c, LocalDate today, java.time.Period target, Recommendation next) {
            return new CaseView(c.id(), c.householdId(), c.route().name(), c.integrationGroup().name(), c.emergency(),
                    c.receptionCentreId(), c.receptionMunicipality(), c.region(), c.permitDate(), c.openedOn(),
                    c.status(), c.householdSize(), c.unaccompaniedMinors(), c.needs(),
                    c.needsWithdrawnOn().orElse(null), c.languages(), c.wishedMunicipalities(),
                    c.familyTiesMunicipalities(), c.offers(),
                    c.assignedMunicipality().orElse(null), c.assignedOn().orElse(null), c.residences(),
                    c.pathTimes(today), c.pastTarget(target, today), next);
        }
    }

    /** An offer as the municipality officer sees it: the anonymised profile, never names. */
    record OfferView(String offerId, String caseId, String municipality, LocalDate madeOn, LocalDate deadline,
                     Offer.Status status, String route, String integrationGroup, boolean emergency,
                     List<Integer> memberAges, int unaccompaniedMinors, Needs needs, List<String> languages,
                     QuotaProfile quotaProfile) {

        static OfferView of(PlacementCase c, Offer o) {
            return new OfferView(o.offerId(), c.id(), o.municipality(), o.madeOn(), o.deadline(), o.status(),
                    c.route().name(), c.integrationGroup().name(), c.emergency(),
                    c.members().stream().map(m -> m.ageOn(o.madeOn())).toList(), c.unaccompaniedMinors(),
                    c.needs(), c.languages(), c.quotaProfile().orElse(null));
        }
    }

    record PlacesView(int year, PlaceGroup group, int confirmed, int used, int left) {
    }

    record AgreementView(String municipality, AgreementTerms terms, List<PlacesView> places,
                         List<ConfirmationRequest> confirmationRequests) {

        static AgreementView of(Agreement a) {
            List<Integer> years = java.util.stream.Stream.concat(a.terms().places().stream().map(p -> p.year()),
                    a.terms().familyGroupHomes().stream().map(h -> h.year())).distinct().sorted().toList();
            List<PlacesView> places = years.stream().flatMap(y -> Arrays.stream(PlaceGroup.values())
                    .filter(g -> a.confirmed(y, g) > 0 || a.used(y, g) > 0)
                    .map(g -> new PlacesView(y, g, a.confirmed(y, g), a.used(y, g), a.placesLeft(y, g)))).toList();
            return new AgreementView(a.municipality(), a.terms(), places, a.confirmationRequests());
        }
    }

    record MunicipalityView(Municipality municipality, RegionalAuthorities.Authority regionalAuthority,
                            AgreementView agreement) {
    }

    /** One line of the register of assignments. */
    record AssignmentView(String caseId, String municipality, LocalDate assignedOn, String route,
                          String integrationGroup, int people, String region) {

        static AssignmentView of(PlacementCase c) {
            return new AssignmentView(c.id(), c.assignedMunicipality().orElseThrow(), c.assignedOn().orElseThrow(),
                    c.route().name(), c.integrationGroup().name(), c.householdSize(), c.region());
        }
    }
}

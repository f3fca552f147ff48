package fi.polku.placement.application;

import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.PlacementCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read side of placement cases. */
public interface CaseQueries {

    Optional<PlacementCase> byOffer(String offerId);

    /** The household's case that is not settled yet, if any. */
    Optional<PlacementCase> unsettledOfHousehold(String householdId);

    /** Quota cases settled (first municipality of residence) before {@code date}: retention. */
    List<PlacementCase> quotaSettledBefore(LocalDate date);

    /** Every case of the household, settled or not. */
    List<PlacementCase> ofHousehold(String householdId);

    /** Cases of the regions, optionally by status, oldest permit first. */
    List<PlacementCase> inRegions(List<String> regions, CaseStatus status, int page, int size);

    /** Cases with an open offer to the municipality. */
    List<PlacementCase> withOpenOfferTo(String municipality);

    /** Cases with an open offer whose deadline is before {@code date}. */
    List<PlacementCase> withOfferDeadlineBefore(LocalDate date);

    /** Cases assigned to a municipality in a year: the register of assignments. */
    List<PlacementCase> assignedIn(List<String> municipalities, int year);

    /** Cases not yet assigned whose permit is older than {@code permitBefore} (past the target). */
    List<PlacementCase> unassignedWithPermitBefore(LocalDate permitBefore, List<String> regions);

    /** How many cases are in {@code status} on {@code route}. */
    long count(CaseStatus status, PlacementCase.Route route);

    /** Settled cases whose current residence is in {@code municipality}. */
    List<PlacementCase> livingIn(String municipality);
}

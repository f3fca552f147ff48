package fi.polku.placement.application;

import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.PlacementCase;

import java.util.List;
import java.util.Optional;

/** Read side of placement cases. */
public interface CaseQueries {

    Optional<PlacementCase> byOffer(String offerId);

    /** The household's case that is not settled yet, if any. */
    Optional<PlacementCase> unsettledOfHousehold(String householdId);

    /** Cases whose reception municipality lies in one of {@code regionMunicipalities}, optionally by status. */
    List<PlacementCase> inMunicipalities(List<String> regionMunicipalities, CaseStatus status, int page, int size);

    /** Cases with an open offer to the municipality. */
    List<PlacementCase> withOpenOfferTo(String municipality);
}

package fi.polku.placement.adapter.in.web;

import fi.polku.kit.domain.NotFound;
import fi.polku.kit.security.PolkuUser;
import fi.polku.placement.adapter.in.web.PlacementViews.OfferView;
import fi.polku.placement.application.CaseQueries;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.domain.Offer;
import fi.polku.placement.domain.PlacementCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The municipality officer's offers: see the anonymised profile, accept or decline with a reason. */
@RestController
@RequestMapping("/api/v1/offers")
@PreAuthorize("hasRole('MUNICIPALITY_OFFICER')")
@Tag(name = "Offers", description = "Offers of placement cases to the caller's municipality")
class OfferController {

    record Decline(@NotNull PlacementCase.DeclineReason reason) {
    }

    private final PlacementService placement;
    private final CaseQueries queries;

    OfferController(PlacementService placement, CaseQueries queries) {
        this.placement = placement;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Open offers to the caller's municipality")
    List<OfferView> open(PolkuUser user) {
        String municipality = user.municipality().orElseThrow(() -> new AccessDeniedException("No municipality"));
        return queries.withOpenOfferTo(municipality).stream()
                .flatMap(c -> c.offers().stream()
                        .filter(o -> o.municipality().equals(municipality) && o.status() == Offer.Status.OPEN)
                        .map(o -> OfferView.of(c, o)))
                .toList();
    }

    @GetMapping("/{offerId}")
    OfferView get(@PathVariable String offerId, PolkuUser user) {
        PlacementCase placementCase = queries.byOffer(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        Offer offer = placementCase.offer(offerId).orElseThrow();
        user.requireMunicipalityScope(offer.municipality());
        return OfferView.of(placementCase, offer);
    }

    @PostMapping("/{offerId}/accept")
    @Operation(summary = "Accept the offer: reserves the places and assigns the household to the municipality")
    OfferView accept(@PathVariable String offerId, PolkuUser user) {
        get(offerId, user);
        PlacementCase accepted = placement.accept(offerId);
        return OfferView.of(accepted, accepted.offer(offerId).orElseThrow());
    }

    @PostMapping("/{offerId}/decline")
    @Operation(summary = "Decline the offer with a reason: the case returns to the coordinator's queue")
    OfferView decline(@PathVariable String offerId, @Valid @RequestBody Decline decline, PolkuUser user) {
        get(offerId, user);
        PlacementCase declined = placement.decline(offerId, decline.reason());
        return OfferView.of(declined, declined.offer(offerId).orElseThrow());
    }
}

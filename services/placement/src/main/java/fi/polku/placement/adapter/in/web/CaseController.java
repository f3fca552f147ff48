package fi.polku.placement.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.placement.adapter.in.web.PlacementViews.CaseView;
import fi.polku.placement.application.CaseQueries;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.application.ResidenceService;
import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.Recommendation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The coordinator's queue of placement cases in their regions: recommendations, offers, residence. */
@RestController
@Validated
@RequestMapping("/api/v1/cases")
@PreAuthorize("hasAnyRole('PLACEMENT_COORDINATOR', 'OPERATOR')")
@Tag(name = "Placement cases", description = "Cases, recommendations, offers, assignment, residence and time on the path")
class CaseController {

    record OfferRequest(@NotNull @Pattern(regexp = "^[0-9]{3}$") String municipality) {
    }

    record ResidenceRequest(@NotNull @Pattern(regexp = "^[0-9]{3}$") String municipality, @NotNull LocalDate since) {
    }

    private final PlacementService placement;
    private final ResidenceService residence;
    private final CaseQueries queries;
    private final RegionScope scope;
    private final Period target;

    CaseController(PlacementService placement, ResidenceService residence, CaseQueries queries, RegionScope scope,
                   @Value("${polku.placement.target:P60D}") Period target) {
        this.placement = placement;
        this.residence = residence;
        this.queries = queries;
        this.scope = scope;
        this.target = target;
    }

    @GetMapping
    @Operation(summary = "Cases of the coordinator's regions (operators name a region), optionally by status")
    List<CaseView> list(PolkuUser user, @RequestParam(required = false) CaseStatus status,
                        @RequestParam(required = false) String region,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.inRegions(scope.regions(user, region), status, page, size).stream().map(this::view).toList();
    }

    @GetMapping("/past-target")
    @Operation(summary = "Cases not yet assigned although the permit is older than the target")
    List<CaseView> pastTarget(PolkuUser user, @RequestParam(required = false) String region) {
        return queries.unassignedWithPermitBefore(placement.today().minus(target), scope.regions(user, region))
                .stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable String id, PolkuUser user) {
        return view(visible(id, user));
    }

    @GetMapping("/{id}/recommendations")
    @Operation(summary = "Candidate municipalities ranked by a transparent score, hard rules applied")
    List<Recommendation> recommendations(@PathVariable String id, PolkuUser user) {
        visible(id, user);
        return placement.recommendations(id);
    }

    @PostMapping("/{id}/offers")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "Offer the case to a municipality")
    CaseView offer(@PathVariable String id, @Valid @RequestBody OfferRequest request, PolkuUser user) {
        visible(id, user);
        return view(placement.offer(id, request.municipality()));
    }

    @PostMapping("/{id}/arrival")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "A quota refugee family arrived in the municipality that accepted it")
    CaseView arrival(@PathVariable String id, @RequestParam LocalDate date, PolkuUser user) {
        visible(id, user);
        return view(residence.recordArrival(id, date));
    }

    @PostMapping("/{id}/residence")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "Record a later move to another municipality; the history is kept")
    CaseView changeResidence(@PathVariable String id, @Valid @RequestBody ResidenceRequest request, PolkuUser user) {
        visible(id, user);
        return view(residence.changeResidence(id, request.municipality(), request.since()));
    }

    private CaseView view(PlacementCase c) {
        Recommendation next = c.status() == CaseStatus.OPEN && c.route() != PlacementCase.Route.SELF_MOVE
                ? placement.nextRecommendation(c).orElse(null) : null;
        return CaseView.of(c, placement.today(), target, next);
    }

    private PlacementCase visible(String id, PolkuUser user) {
        PlacementCase placementCase = placement.get(id);
        scope.require(user, placementCase.region());
        return placementCase;
    }
}

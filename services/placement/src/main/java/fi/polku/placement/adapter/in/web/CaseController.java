package fi.polku.placement.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.placement.adapter.in.web.PlacementViews.CaseView;
import fi.polku.placement.application.CaseQueries;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.PlacementCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The coordinator's queue of placement cases in their region. */
@RestController
@Validated
@RequestMapping("/api/v1/cases")
@PreAuthorize("hasAnyRole('PLACEMENT_COORDINATOR', 'OPERATOR')")
@Tag(name = "Placement cases", description = "Cases from placement applications, their offers, assignment and residence")
class CaseController {

    record OfferRequest(@NotNull @Pattern(regexp = "^[0-9]{3}$") String municipality) {
    }

    private final PlacementService placement;
    private final CaseQueries queries;
    private final MunicipalityRegister register;

    CaseController(PlacementService placement, CaseQueries queries, MunicipalityRegister register) {
        this.placement = placement;
        this.queries = queries;
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Cases of the coordinator's region, optionally by status")
    List<CaseView> list(PolkuUser user, @RequestParam(required = false) CaseStatus status,
                        @RequestParam(required = false) String region,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String scope = user.region().orElse(region);
        if (scope == null) {
            throw new AccessDeniedException("A region is needed");
        }
        user.requireRegionScope(scope);
        return queries.inMunicipalities(register.codesInRegion(scope), status, page, size).stream().map(CaseView::of).toList();
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable String id, PolkuUser user) {
        return CaseView.of(visible(id, user));
    }

    @PostMapping("/{id}/offers")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "Offer the case to a municipality")
    CaseView offer(@PathVariable String id, @Valid @RequestBody OfferRequest request, PolkuUser user) {
        visible(id, user);
        return CaseView.of(placement.offer(id, request.municipality()));
    }

    private PlacementCase visible(String id, PolkuUser user) {
        PlacementCase placementCase = placement.get(id);
        user.requireRegionScope(register.regionOf(placementCase.receptionMunicipality()));
        return placementCase;
    }
}

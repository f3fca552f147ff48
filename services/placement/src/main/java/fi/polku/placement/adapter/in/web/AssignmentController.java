package fi.polku.placement.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import fi.polku.placement.adapter.in.web.PlacementViews.AssignmentView;
import fi.polku.placement.application.CaseQueries;
import fi.polku.placement.domain.MunicipalityRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/** The register of assignments (kuntaan osoitukset) the regional authority keeps. */
@RestController
@Validated
@Tag(name = "Assignments", description = "The register of assignments to municipalities")
class AssignmentController {

    private final CaseQueries queries;
    private final MunicipalityRegister register;
    private final RegionScope scope;

    AssignmentController(CaseQueries queries, MunicipalityRegister register, RegionScope scope) {
        this.queries = queries;
        this.register = register;
        this.scope = scope;
    }

    @GetMapping("/api/v1/assignments")
    @PreAuthorize("hasAnyRole('PLACEMENT_COORDINATOR', 'MUNICIPALITY_OFFICER', 'OPERATOR')")
    @Operation(summary = "Assignments of a year: a coordinator's regions, or a municipality officer's own municipality")
    List<AssignmentView> register(PolkuUser user, @RequestParam @Min(2000) @Max(2100) int year,
                                  @RequestParam(required = false) String region) {
        List<String> municipalities;
        if (user.has(Role.MUNICIPALITY_OFFICER)) {
            municipalities = List.of(user.municipality().orElseThrow(() -> new AccessDeniedException("No municipality")));
        } else {
            municipalities = scope.regions(user, region).stream()
                    .flatMap(r -> register.codesInRegion(r).stream()).toList();
        }
        return queries.assignedIn(municipalities, year).stream().map(AssignmentView::of)
                .sorted(Comparator.comparing(AssignmentView::assignedOn).thenComparing(AssignmentView::caseId))
                .toList();
    }
}

package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.application.CompensationSchedules;
import fi.polku.compensation.application.EntitlementQueries;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.Residence;
import fi.polku.kit.security.PolkuUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Entitlements to the calculated compensation: KEHA's officers see all, a municipality its own residents'. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation/entitlements")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Entitlements", description = "Each person's compensation period and monthly lines")
class EntitlementController {

    private final CompensationSchedules schedules;
    private final EntitlementQueries queries;

    EntitlementController(CompensationSchedules schedules, EntitlementQueries queries) {
        this.schedules = schedules;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List the entitlements of people who live or lived in a municipality")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    List<EntitlementView> list(@RequestParam @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE) String municipality,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, PolkuUser user) {
        user.requireMunicipalityScope(municipality);
        return queries.concerning(municipality, page, size).stream().map(e -> EntitlementView.of(e, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entitlement with its monthly lines against the municipalities' current terms")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    @ApiResponse(responseCode = "404", description = "No such entitlement")
    EntitlementView get(@PathVariable String id, PolkuUser user) {
        Entitlement entitlement = schedules.entitlement(id);
        MunicipalityScope.requireConcerns(user,
                entitlement.residenceHistory().residences().stream().map(Residence::municipality).toList());
        return EntitlementView.of(entitlement, ScheduleView.of(schedules.schedule(entitlement)));
    }
}

package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.adapter.in.web.PaymentRequests.ApplicationRequest;
import fi.polku.compensation.adapter.in.web.PaymentRequests.GroundsRequest;
import fi.polku.compensation.adapter.in.web.SupplementaryViews.ApplicationView;
import fi.polku.compensation.adapter.in.web.SupplementaryViews.ProgrammeView;
import fi.polku.compensation.application.SupplementaryApplications;
import fi.polku.compensation.domain.supplementary.ApplicationStatus;
import fi.polku.compensation.domain.supplementary.SupplementaryApplication;
import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
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

import java.net.URI;
import java.util.List;

/** Supplementary programmes (data) and the municipalities' applications to them. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Supplementary programmes", description = "Time-boxed one-off amounts per person for an arrival cohort")
class SupplementaryController {

    private final SupplementaryApplications applications;

    SupplementaryController(SupplementaryApplications applications) {
        this.applications = applications;
    }

    @GetMapping("/supplementary-programmes")
    @Operation(summary = "The supplementary programmes, with their amounts, windows and sources")
    List<ProgrammeView> programmes() {
        return applications.programmes().stream().map(ProgrammeView::of).toList();
    }

    @PostMapping("/supplementary-applications")
    @PreAuthorize("hasRole('MUNICIPALITY_OFFICER')")
    @Operation(summary = "Apply for the caller's residents of the programme's arrival cohort",
            description = "Checked now: the application window is open, each person arrived (first municipality of "
                    + "residence) in the cohort year, lives in the municipality today and is in no other application "
                    + "to the programme. Amounts by age band on the programme's day.")
    @ApiResponse(responseCode = "201", description = "Submitted")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    @ApiResponse(responseCode = "409", description = "Not eligible: the rule and the reason")
    ResponseEntity<ApplicationView> apply(@Valid @RequestBody ApplicationRequest request, PolkuUser user) {
        user.requireMunicipalityScope(request.municipality());
        SupplementaryApplication application = applications.submit(request.programme(), request.municipality(),
                request.personIds(), user.subject());
        return ResponseEntity.created(URI.create("/api/v1/compensation/supplementary-applications/"
                + application.id())).body(ApplicationView.of(application));
    }

    @GetMapping("/supplementary-applications")
    @Operation(summary = "Applications, newest first: a municipality officer lists their own municipality's")
    List<ApplicationView> list(@RequestParam(required = false)
                               @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE) String municipality,
                               @RequestParam(required = false) ApplicationStatus status,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, PolkuUser user) {
        if (user.has(Role.MUNICIPALITY_OFFICER)) {
            if (municipality == null) {
                throw new AccessDeniedException("A municipality officer asks for their own municipality");
            }
            user.requireMunicipalityScope(municipality);
        }
        return applications.list(municipality, status, page, size).stream().map(ApplicationView::of).toList();
    }

    @GetMapping("/supplementary-applications/{id}")
    ApplicationView get(@PathVariable String id, PolkuUser user) {
        SupplementaryApplication application = applications.get(id);
        user.requireMunicipalityScope(application.municipality());
        return ApplicationView.of(application);
    }

    @PostMapping("/supplementary-applications/{id}/approve")
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "Approve: the one-off amounts are paid in the next payment run")
    ApplicationView approve(@PathVariable String id, @Valid @RequestBody GroundsRequest request, PolkuUser user) {
        return ApplicationView.of(applications.approve(id, request.reason(), request.grounds(), user.subject()));
    }

    @PostMapping("/supplementary-applications/{id}/reject")
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "Reject with the grounds: the persons may be applied for again")
    ApplicationView reject(@PathVariable String id, @Valid @RequestBody GroundsRequest request, PolkuUser user) {
        return ApplicationView.of(applications.reject(id, request.reason(), request.grounds(), user.subject()));
    }
}

package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.adapter.in.web.PaymentRequests.ReleaseRequest;
import fi.polku.compensation.application.WithheldMonth;
import fi.polku.compensation.application.WithheldReleases;
import fi.polku.compensation.domain.payment.WithheldRelease;
import fi.polku.kit.security.PolkuUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** Withheld months and their release by a compensation officer. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Withheld months", description = "Months withheld for a missing agreement or programme, and releases")
class WithheldController {

    record WithheldView(String entitlementId, String personId, String month, String municipality, String reason,
                        long municipalityCents, String county, long countyCents) {

        static WithheldView of(WithheldMonth w) {
            return new WithheldView(w.entitlementId(), w.personId(), w.month().toString(), w.municipality(),
                    w.reason().code(), w.municipalityCents(), w.county(), w.countyCents());
        }
    }

    record ReleaseView(String id, String entitlementId, String personId, String month, String municipality,
                       String withheldFor, String releasedBy, String reason, Instant releasedAt) {

        static ReleaseView of(WithheldRelease r) {
            return new ReleaseView(r.id(), r.entitlementId(), r.personId(), r.month().toString(), r.municipality(),
                    r.withheldFor().code(), r.releasedBy(), r.grounds(), r.releasedAt());
        }
    }

    private final WithheldReleases releases;

    WithheldController(WithheldReleases releases) {
        this.releases = releases;
    }

    @GetMapping("/withheld-months")
    @Operation(summary = "Months of a municipality's residents that payment runs withheld and nobody released")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    List<WithheldView> withheld(@RequestParam @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE)
                                String municipality, PolkuUser user) {
        user.requireMunicipalityScope(municipality);
        return releases.withheld(municipality).stream().map(WithheldView::of).toList();
    }

    @PostMapping("/withheld-months/release")
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "Release a withheld month: the next payment run pays it as an adjustment",
            description = "Records who released it and why. The month must have been run and be withheld now.")
    @ApiResponse(responseCode = "201", description = "Released")
    @ApiResponse(responseCode = "409", description = "Not withheld, not run yet, or released already")
    ResponseEntity<ReleaseView> release(@Valid @RequestBody ReleaseRequest request, PolkuUser user) {
        WithheldRelease release = releases.release(request.entitlementId(), YearMonth.parse(request.month()),
                request.reason(), user.subject());
        return ResponseEntity.status(201).body(ReleaseView.of(release));
    }

    @GetMapping("/releases")
    @Operation(summary = "The releases of withheld months of a municipality's residents")
    List<ReleaseView> releases(@RequestParam @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE)
                               String municipality, PolkuUser user) {
        user.requireMunicipalityScope(municipality);
        return releases.releases(municipality).stream().map(ReleaseView::of).toList();
    }
}

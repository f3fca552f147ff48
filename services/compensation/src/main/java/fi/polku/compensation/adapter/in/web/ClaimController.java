package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.adapter.in.web.PaymentRequests.ClaimRequest;
import fi.polku.compensation.adapter.in.web.PaymentRequests.DecisionRequest;
import fi.polku.compensation.application.Claims;
import fi.polku.compensation.domain.claim.ClaimStatus;
import fi.polku.compensation.domain.claim.ClaimedCosts;
import fi.polku.compensation.domain.claim.CostClaim;
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
import java.util.OptionalLong;

/** Claims of actual costs: a municipality submits its own, a compensation officer decides. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation/claims")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Claims", description = "Claims of actual costs (toteutuneet kustannukset) by municipalities")
class ClaimController {

    private final Claims claims;

    ClaimController(Claims claims) {
        this.claims = claims;
    }

    @PostMapping
    @PreAuthorize("hasRole('MUNICIPALITY_OFFICER')")
    @Operation(summary = "Submit a claim of actual costs for one person of the caller's municipality",
            description = "Eligibility is checked now: SPECIAL_SOCIAL_HEALTH within 10 years of the first "
                    + "municipality of residence and above one year's calculated compensation; INTERPRETING without "
                    + "a time limit; UNACCOMPANIED_MINOR_CARE until the day before the 23rd birthday (25th for costs "
                    + "before 1.7.2024); QUOTA_ARRIVAL_PREPARATION by the first municipality of a quota refugee.")
    @ApiResponse(responseCode = "201", description = "Submitted")
    @ApiResponse(responseCode = "400", description = "Invalid request, or no entitlement for the person")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    @ApiResponse(responseCode = "409", description = "Not eligible: the rule and the reason")
    ResponseEntity<ClaimView> submit(@Valid @RequestBody ClaimRequest request, PolkuUser user) {
        user.requireMunicipalityScope(request.municipality());
        CostClaim claim = claims.submit(new ClaimedCosts(request.municipality(), request.personId(), request.type(),
                request.costsFrom(), request.costsTo(), request.amountCents()), request.reference(), user.subject());
        return ResponseEntity.created(URI.create("/api/v1/compensation/claims/" + claim.id()))
                .body(ClaimView.of(claim));
    }

    @GetMapping
    @Operation(summary = "Claims, newest first: a municipality officer lists their own municipality's")
    List<ClaimView> list(@RequestParam(required = false)
                         @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE) String municipality,
                         @RequestParam(required = false) ClaimStatus status,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, PolkuUser user) {
        if (user.has(Role.MUNICIPALITY_OFFICER)) {
            if (municipality == null) {
                throw new AccessDeniedException("A municipality officer asks for their own municipality");
            }
            user.requireMunicipalityScope(municipality);
        }
        return claims.list(municipality, status, page, size).stream().map(ClaimView::of).toList();
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    ClaimView get(@PathVariable String id, PolkuUser user) {
        CostClaim claim = claims.get(id);
        user.requireMunicipalityScope(claim.municipality());
        return ClaimView.of(claim);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "Approve the claim (or part of it, approvedCents): paid in the next payment run")
    @ApiResponse(responseCode = "409", description = "The claim was decided already")
    ClaimView approve(@PathVariable String id, @Valid @RequestBody DecisionRequest request, PolkuUser user) {
        OptionalLong cents = request.approvedCents() == null ? OptionalLong.empty()
                : OptionalLong.of(request.approvedCents());
        return ClaimView.of(claims.approve(id, cents, request.reason(), request.grounds(), user.subject()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "Reject the claim with the grounds")
    @ApiResponse(responseCode = "409", description = "The claim was decided already")
    ClaimView reject(@PathVariable String id, @Valid @RequestBody PaymentRequests.GroundsRequest request,
                     PolkuUser user) {
        return ClaimView.of(claims.reject(id, request.reason(), request.grounds(), user.subject()));
    }
}

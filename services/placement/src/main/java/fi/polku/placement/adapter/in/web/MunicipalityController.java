package fi.polku.placement.adapter.in.web;

import fi.polku.kit.domain.NotFound;
import fi.polku.kit.security.PolkuUser;
import fi.polku.placement.adapter.in.web.PlacementViews.AgreementView;
import fi.polku.placement.adapter.in.web.PlacementViews.MunicipalityView;
import fi.polku.placement.application.AgreementService;
import fi.polku.placement.domain.Municipality;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.RegionalAuthorities;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Municipalities (reference data), their placement agreements and the yearly confirmation of places. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Municipalities", description = "Reference data, placement agreements, places per year and group")
class MunicipalityController {

    record ConfirmationRound(@Min(2000) @Max(2100) int year, @NotNull @Future LocalDate deadline, String region) {
    }

    record Confirmation(@NotNull @Size(max = 10) List<AgreementRequest.@Valid @NotNull Places> places,
                        @Size(max = 100) List<AgreementRequest.@Valid @NotNull Home> familyGroupHomes,
                        boolean takesEmergencyCases) {
    }

    record Asked(int year, LocalDate deadline, List<String> municipalities) {
    }

    private final MunicipalityRegister register;
    private final RegionalAuthorities authorities;
    private final AgreementService agreements;
    private final RegionScope scope;
    private final Clock clock;

    MunicipalityController(MunicipalityRegister register, RegionalAuthorities authorities, AgreementService agreements,
                           RegionScope scope, Clock clock) {
        this.register = register;
        this.authorities = authorities;
        this.agreements = agreements;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/municipalities")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Municipalities existing on a date (default today), optionally of one region")
    List<Municipality> list(@RequestParam(required = false) LocalDate on,
                            @RequestParam(required = false) String region) {
        LocalDate date = on != null ? on : LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
        return register.existingOn(date).stream().filter(m -> region == null || region.equals(m.regionCode()))
                .toList();
    }

    @GetMapping("/municipalities/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A municipality, its regional authority and its agreement with places used and left")
    MunicipalityView get(@PathVariable String code) {
        Municipality municipality = municipality(code);
        return new MunicipalityView(municipality, authorities.ofRegion(municipality.regionCode()).orElse(null),
                agreements.find(code).map(AgreementView::of).orElse(null));
    }

    @PutMapping("/municipalities/{code}/agreement")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "Record the municipality's placement agreement (coordinator of its region)")
    AgreementView recordAgreement(@PathVariable String code, @Valid @RequestBody AgreementRequest request,
                                  PolkuUser user) {
        scope.require(user, municipality(code).regionCode());
        return AgreementView.of(agreements.record(code, request.terms()));
    }

    @PostMapping("/confirmation-rounds")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "Ask every municipality with an agreement in the coordinator's regions to confirm its places")
    Asked requestConfirmations(@Valid @RequestBody ConfirmationRound round, PolkuUser user) {
        List<String> regions = scope.regions(user, round.region());
        return new Asked(round.year(), round.deadline(),
                agreements.requestConfirmations(regions, round.year(), round.deadline()));
    }

    @PostMapping("/municipalities/{code}/confirmations/{year}")
    @PreAuthorize("hasRole('MUNICIPALITY_OFFICER')")
    @Operation(summary = "The municipality confirms its places for the year, by group, before the deadline")
    AgreementView confirm(@PathVariable String code, @PathVariable int year,
                          @Valid @RequestBody Confirmation confirmation, PolkuUser user) {
        user.requireMunicipalityScope(code);
        return AgreementView.of(agreements.confirm(code, year,
                confirmation.places().stream().map(AgreementRequest.Places::confirmed).toList(),
                confirmation.familyGroupHomes() == null ? List.of()
                        : confirmation.familyGroupHomes().stream().map(AgreementRequest.Home::home).toList(),
                confirmation.takesEmergencyCases()));
    }

    private Municipality municipality(String code) {
        return register.find(code).orElseThrow(() -> new NotFound("municipality", code));
    }
}

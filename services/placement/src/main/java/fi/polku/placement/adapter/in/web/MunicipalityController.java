package fi.polku.placement.adapter.in.web;

import fi.polku.kit.domain.NotFound;
import fi.polku.kit.security.PolkuUser;
import fi.polku.placement.adapter.in.web.PlacementViews.AgreementView;
import fi.polku.placement.adapter.in.web.PlacementViews.MunicipalityView;
import fi.polku.placement.application.AgreementService;
import fi.polku.placement.domain.Municipality;
import fi.polku.placement.domain.MunicipalityRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Municipalities (reference data) and their placement agreements. */
@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(name = "Municipalities", description = "Reference data and placement agreements with places per year and group")
class MunicipalityController {

    private final MunicipalityRegister register;
    private final AgreementService agreements;
    private final Clock clock;

    MunicipalityController(MunicipalityRegister register, AgreementService agreements, Clock clock) {
        this.register = register;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Municipalities existing on a date (default today), optionally of one region")
    List<Municipality> list(@RequestParam(required = false) LocalDate on,
                            @RequestParam(required = false) String region) {
        LocalDate date = on != null ? on : LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
        return register.existingOn(date).stream().filter(m -> region == null || region.equals(m.regionCode()))
                .toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    MunicipalityView get(@PathVariable String code) {
        Municipality municipality = register.find(code).orElseThrow(() -> new NotFound("municipality", code));
        return new MunicipalityView(municipality, agreements.find(code).map(AgreementView::of).orElse(null));
    }

    @PutMapping("/{code}/agreement")
    @PreAuthorize("hasRole('PLACEMENT_COORDINATOR')")
    @Operation(summary = "Record the municipality's placement agreement (coordinator of its region)")
    AgreementView recordAgreement(@PathVariable String code, @Valid @RequestBody AgreementRequest request,
                                  PolkuUser user) {
        Municipality municipality = register.find(code).orElseThrow(() -> new NotFound("municipality", code));
        user.requireRegionScope(municipality.regionCode());
        return AgreementView.of(agreements.record(code, request.terms()));
    }
}

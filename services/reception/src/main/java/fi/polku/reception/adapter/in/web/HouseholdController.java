package fi.polku.reception.adapter.in.web;

import fi.polku.events.Needs;
import fi.polku.kit.audit.Purpose;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.security.PolkuUser;
import fi.polku.reception.adapter.in.web.HouseholdRequests.NewMember;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RecordMoveOut;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RecordPermit;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RegisterHousehold;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RequestPlacement;
import fi.polku.reception.application.HouseholdQueries;
import fi.polku.reception.application.HouseholdService;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;
import fi.polku.reception.domain.Permit;
import fi.polku.reception.domain.PersonalIdentityCode;
import fi.polku.reception.domain.Representative;
import fi.polku.reception.domain.Resident;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reception staff's API for their own centre's households. */
@RestController
@Validated
@RequestMapping("/api/v1/households")
@PreAuthorize("hasRole('RECEPTION_STAFF')")
@Tag(name = "Households", description = "Residents of a reception centre, their permits, placement application and move-out")
class HouseholdController {

    private final HouseholdService service;
    private final HouseholdQueries queries;

    HouseholdController(HouseholdService service, HouseholdQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Register a household living in the caller's reception centre")
    ResponseEntity<HouseholdView> register(@Valid @RequestBody RegisterHousehold request, PolkuUser user) {
        user.requireReceptionCentreScope(request.receptionCentreId());
        List<Resident> members = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            members.add(resident(request.members().get(i), "members[" + i + "]"));
        }
        Household household = service.register(request.receptionCentreId(), members);
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.id()))
                .body(HouseholdView.of(household, service.today()));
    }

    @GetMapping
    @Operation(summary = "List the caller's centre's households, optionally by status")
    List<HouseholdView> list(PolkuUser user, @RequestParam(required = false) HouseholdStatus status,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String centre = user.receptionCentre().orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("No reception centre"));
        return service.readAll(queries.byCentre(centre, status, page, size), Purpose.RECEPTION).stream()
                .map(h -> HouseholdView.of(h, service.today())).toList();
    }

    @GetMapping("/{id}")
    HouseholdView get(@PathVariable String id, PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.read(id, Purpose.RECEPTION), service.today());
    }

    @PostMapping("/{id}/permits")
    @Operation(summary = "Record a residence permit decision for a member")
    HouseholdView recordPermit(@PathVariable String id, @Valid @RequestBody RecordPermit request, PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.recordPermit(id, new Permit(request.personId(), request.decisionDate(),
                request.permitType(), request.integrationGroup())), service.today());
    }

    @PostMapping("/{id}/placement-application")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send the placement application after the need assessment found a municipal place needed")
    HouseholdView requestPlacement(@PathVariable String id, @Valid @RequestBody RequestPlacement request,
                                   PolkuUser user) {
        visible(id, user);
        var needs = request.needs();
        return HouseholdView.of(service.requestPlacement(id, new Needs(needs.evidentSocialOrHealthCareNeeds(),
                        needs.accessibility(), needs.largeFamily(), needs.unaccompaniedMinor()), request.languages(),
                request.familyTiesMunicipalities(), request.wishedMunicipalities()), service.today());
    }

    @PostMapping("/{id}/move-out")
    @Operation(summary = "Record that the household moved out to a municipality")
    HouseholdView recordMoveOut(@PathVariable String id, @Valid @RequestBody RecordMoveOut request, PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.recordMoveOut(id, request.date(), request.destinationMunicipality()), service.today());
    }

    @PostMapping("/{id}/self-move")
    @Operation(summary = "Report that the household found housing itself (omatoiminen muutto)")
    HouseholdView reportSelfMove(@PathVariable String id, @Valid @RequestBody HouseholdRequests.ReportSelfMove request,
                                 PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.reportSelfMove(id, request.municipality(), request.moveDate()),
                service.today());
    }

    /** Refuses another centre's household before anything personal is read. */
    private void visible(String id, PolkuUser user) {
        user.requireReceptionCentreScope(service.receptionCentreOf(id));
    }

    private static Resident resident(NewMember m, String path) {
        String code = null;
        try {
            var parsed = PersonalIdentityCode.parseOptional(m.personalIdentityCode());
            if (parsed.isPresent()) {
                if (!parsed.get().birthDate().equals(m.birthDate())) {
                    throw new InvalidInput(path + ".personalIdentityCode", "does not match the birth date");
                }
                code = parsed.get().value();
            }
        } catch (PersonalIdentityCode.InvalidIdentityCode e) {
            throw new InvalidInput(path + ".personalIdentityCode", e.getMessage());
        }
        var r = m.representative();
        return new Resident(UUID.randomUUID().toString(), m.firstNames(), m.lastName(), m.birthDate(), code,
                m.migriCustomerNumber(), m.relationship(), m.unaccompaniedMinor(),
                r == null ? null : new Representative(r.name(), r.phone(), r.email()), m.arrivedInFinland(),
                List.copyOf(m.languages()));
    }
}

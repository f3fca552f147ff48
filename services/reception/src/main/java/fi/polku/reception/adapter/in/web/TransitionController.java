package fi.polku.reception.adapter.in.web;

import fi.polku.kit.audit.Purpose;
import fi.polku.kit.security.PolkuUser;
import fi.polku.reception.adapter.in.web.HouseholdRequests.CompleteStep;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RecordCompetences;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RecordConsent;
import fi.polku.reception.adapter.in.web.HouseholdRequests.RevokeConsent;
import fi.polku.reception.application.HouseholdQueries;
import fi.polku.reception.application.HouseholdService;
import fi.polku.reception.application.OutOfContactMonitor;
import fi.polku.reception.application.ReceptionCentres;
import fi.polku.reception.domain.ChecklistItem;
import fi.polku.reception.domain.Competences;
import fi.polku.reception.domain.Consent;
import fi.polku.reception.domain.OutOfContactWatch;
import fi.polku.reception.domain.ReceptionCentre;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The transition from reception centre to municipality: the checklist that starts with a permit, consents,
 * competences, and the watch over anyone in danger of falling out of contact.
 */
@RestController
@PreAuthorize("hasRole('RECEPTION_STAFF')")
@Tag(name = "Transition", description = "Checklist, consents, competences and the out-of-contact watch")
class TransitionController {

    /** A household the watch flags, and why. */
    record OutOfContact(String householdId, OutOfContactWatch.Reason reason, LocalDate since) {
    }

    /** An overdue checklist step. */
    record Overdue(String householdId, ChecklistItem item) {
    }

    private final HouseholdService service;
    private final HouseholdQueries queries;
    private final ReceptionCentres centres;
    private final OutOfContactMonitor monitor;

    TransitionController(HouseholdService service, HouseholdQueries queries, ReceptionCentres centres,
                         OutOfContactMonitor monitor) {
        this.service = service;
        this.queries = queries;
        this.centres = centres;
        this.monitor = monitor;
    }

    @GetMapping("/api/v1/reception-centres")
    @Operation(summary = "The reception centres Polku knows")
    List<ReceptionCentre> receptionCentres() {
        return centres.all();
    }

    @GetMapping("/api/v1/households/{id}/checklist")
    List<ChecklistItem> checklist(@PathVariable String id, PolkuUser user) {
        visible(id, user);
        return service.read(id, Purpose.TRANSITION).checklist();
    }

    @PostMapping("/api/v1/households/{id}/checklist")
    @Operation(summary = "Complete a checklist step (DONE or NOT_NEEDED) for a person or the household")
    HouseholdView completeStep(@PathVariable String id, @Valid @RequestBody CompleteStep request, PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.completeStep(id, request.step(), request.personId(), request.outcome(),
                request.date()), service.today());
    }

    @PostMapping("/api/v1/households/{id}/consents")
    @Operation(summary = "Record a person's consent to pass data to the municipality and/or the wellbeing services county")
    HouseholdView recordConsent(@PathVariable String id, @Valid @RequestBody RecordConsent request, PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.recordConsent(id, new Consent(request.personId(),
                EnumSet.copyOf(request.scopes()), request.givenOn(), null)), service.today());
    }

    @PostMapping("/api/v1/households/{id}/consents/{personId}/revoke")
    @Operation(summary = "Revoke a person's consent: no data is shared from the revocation date on")
    HouseholdView revokeConsent(@PathVariable String id, @PathVariable String personId,
                                @Valid @RequestBody RevokeConsent request, PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.revokeConsent(id, personId, request.revokedOn()), service.today());
    }

    @PostMapping("/api/v1/households/{id}/competences")
    @Operation(summary = "Record a person's identified competences: education, work history, skills, languages")
    HouseholdView recordCompetences(@PathVariable String id, @Valid @RequestBody RecordCompetences request,
                                    PolkuUser user) {
        visible(id, user);
        return HouseholdView.of(service.recordCompetences(id, new Competences(request.personId(),
                request.education(), request.workHistory(), List.copyOf(request.skills()),
                List.copyOf(request.languages()))), service.today());
    }

    @GetMapping("/api/v1/checklist/overdue")
    @Operation(summary = "The caller's centre's checklist steps still open after their due date")
    List<Overdue> overdue(PolkuUser user) {
        LocalDate today = service.today();
        return queries.withOverdueSteps(centreOf(user), today).stream()
                .flatMap(h -> h.overdue(today).stream().map(item -> new Overdue(h.id(), item))).toList();
    }

    @GetMapping("/api/v1/out-of-contact")
    @Operation(summary = "The caller's centre's households in danger of falling between two authorities")
    List<OutOfContact> outOfContact(PolkuUser user) {
        LocalDate today = service.today();
        OutOfContactWatch watch = monitor.watch();
        return queries.outOfContact(centreOf(user), watch, today).stream()
                .flatMap(h -> watch.check(h, today).stream().map(reason -> new OutOfContact(h.id(), reason,
                        reason == OutOfContactWatch.Reason.PERMIT_WITHOUT_PLAN ? h.firstPermitDate().orElse(null)
                                : h.moveOutDate().orElse(null))))
                .toList();
    }

    private String centreOf(PolkuUser user) {
        return user.receptionCentre().orElseThrow(() -> new AccessDeniedException("No reception centre"));
    }

    /** Refuses another centre's household before anything personal is read. */
    private void visible(String id, PolkuUser user) {
        user.requireReceptionCentreScope(service.receptionCentreOf(id));
    }
}

package fi.polku.kit.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Auditors search this service's audit log; their searches are on record too (purpose AUDIT). */
@RestController
@RequestMapping("/api/v1/audit-log")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Audit log", description = "Who read or changed which personal data, when and why (auditors only)")
public class AuditLogController {

    private final AuditLog log;
    private final AuditTrail trail;

    public AuditLogController(AuditLog log, AuditTrail trail) {
        this.log = log;
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Search the audit log by record, person and/or actor, within [from, to), newest first")
    public List<AuditEntry> search(@RequestParam(required = false) String record,
                                   @RequestParam(required = false) String person,
                                   @RequestParam(required = false) String actor,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                   Instant from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                   Instant to,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "100") int size) {
        AuditQuery query = new AuditQuery(blankToNull(record), blankToNull(person), blankToNull(actor), from, to,
                page, size);
        List<AuditEntry> found = log.search(query);
        // the entries name people: an auditor's search is itself an access to personal data
        trail.record(AuditAction.READ, Purpose.AUDIT, "audit-log", query.toString(), person == null ? List.of()
                : List.of(person));
        return found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

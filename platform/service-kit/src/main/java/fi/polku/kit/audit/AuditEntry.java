package fi.polku.kit.audit;

import java.time.Instant;
import java.util.List;

/**
 * One access to personal data: who, when, which record (its type and id, and the people it concerns), what was
 * done and for which purpose. Never the data itself: the log must not become a second copy of it.
 */
public record AuditEntry(String id, Instant at, String actor, List<String> actorRoles, AuditAction action,
                         Purpose purpose, String recordType, String recordId, List<String> personIds) {

    public AuditEntry {
        actorRoles = List.copyOf(actorRoles);
        personIds = List.copyOf(personIds);
    }
}

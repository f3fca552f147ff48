package fi.polku.kit.audit;

import java.util.List;

/**
 * The append-only log of accesses to personal data. There is deliberately no way to change or remove an entry:
 * the port offers appending and searching only ({@code AuditLogTest} proves it stays so).
 */
public interface AuditLog {

    /** Appends the entries; throws when they could not be stored, so that the access they record fails too. */
    void append(List<AuditEntry> entries);

    /** One page of entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query);
}

package fi.polku.kit.audit;

import fi.polku.kit.domain.InvalidInput;

import java.time.Instant;

/**
 * An auditor's search: by record id, person id and/or actor, within [from, to), newest first, one page.
 * Unset criteria match everything.
 */
public record AuditQuery(String recordId, String personId, String actor, Instant from, Instant to, int page,
                         int size) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("from", "must be before to");
        }
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}

package fi.polku.kit.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What use cases call to put an access to personal data on record. Fail closed: the entry is written before the
 * data is returned or changed, and a failed write throws, so no access happens that the log does not show.
 */
public class AuditTrail {

    private final AuditLog log;
    private final Supplier<Actor> actor;
    private final Clock clock;

    public AuditTrail(AuditLog log, Supplier<Actor> actor, Clock clock) {
        this.log = log;
        this.actor = actor;
        this.clock = clock;
    }

    /** Records one access to one record concerning {@code personIds}. */
    public void record(AuditAction action, Purpose purpose, String recordType, String recordId,
                       Collection<String> personIds) {
        log.append(List.of(entry(actor.get(), action, purpose, recordType, recordId, personIds)));
    }

    /** Records the same access to many records at once (a list read): one entry per record, one write. */
    public <T> void recordEach(AuditAction action, Purpose purpose, String recordType, Collection<T> records,
                               Function<T, String> id,
                               Function<T, Collection<String>> personIds) {
        if (records.isEmpty()) {
            return;
        }
        Actor who = actor.get();
        log.append(records.stream().map(r -> entry(who, action, purpose, recordType, id.apply(r), personIds.apply(r)))
                .toList());
    }

    private AuditEntry entry(Actor who, AuditAction action, Purpose purpose, String recordType, String recordId,
                             Collection<String> personIds) {
        return new AuditEntry(UUID.randomUUID().toString(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                who.subject(), who.roles(), action, purpose, recordType, recordId, List.copyOf(personIds));
    }
}

package fi.polku.reception.application;

import fi.polku.kit.audit.AuditAction;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.audit.Purpose;
import fi.polku.kit.retention.RetentionPeriod;
import fi.polku.kit.retention.RetentionPurge;
import fi.polku.kit.store.Aggregates;
import fi.polku.reception.domain.Household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Anonymises households a retention period ({@code polku.retention.after-closure}) after their case closed, i.e.
 * after the move-out. Each anonymisation is on the audit trail (actor: the service, purpose RETENTION) before it is
 * done. Runs in batches so that one pass never holds a large backlog in memory.
 */
public class HouseholdRetention implements RetentionPurge {

    static final int BATCH = 200;

    private final Aggregates<Household> households;
    private final HouseholdQueries queries;
    private final AuditTrail audit;
    private final RetentionPeriod period;
    private final Clock clock;

    public HouseholdRetention(Aggregates<Household> households, HouseholdQueries queries, AuditTrail audit,
                              RetentionPeriod period, Clock clock) {
        this.households = households;
        this.queries = queries;
        this.audit = audit;
        this.period = period;
        this.clock = clock;
    }

    /** Anonymises every household closed before today minus the period; returns how many. */
    @Override
    public int purge() {
        LocalDate today = RetentionPeriod.today(clock);
        LocalDate closedBefore = period.closedBefore(clock);
        int done = 0;
        List<Household> due;
        do {
            due = queries.closedBefore(closedBefore, BATCH);
            for (Household household : due) {
                audit.record(AuditAction.ANONYMISE, Purpose.RETENTION, HouseholdService.RECORD, household.id(),
                        HouseholdService.personIds(household));
                households.update(household.id(), h -> {
                    h.anonymise(today);
                    return List.of();
                });
                done++;
            }
        } while (due.size() == BATCH);
        return done;
    }
}

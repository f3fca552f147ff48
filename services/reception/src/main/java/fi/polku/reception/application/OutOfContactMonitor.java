package fi.polku.reception.application;

import fi.polku.reception.domain.HouseholdStatus;
import fi.polku.reception.domain.OutOfContactWatch;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the households in danger of falling between two authorities, by reason, for the metric
 * {@code polku.reception.out.of.contact} (an alert fires when it is above zero), and all households by stage
 * ({@code polku.reception.households}). Refreshed on a schedule, so that scraping never queries the database.
 */
public class OutOfContactMonitor {

    private final HouseholdQueries queries;
    private final OutOfContactWatch watch;
    private final Clock clock;
    private final Map<OutOfContactWatch.Reason, AtomicLong> counts = new EnumMap<>(OutOfContactWatch.Reason.class);
    private final Map<HouseholdStatus, AtomicLong> stages = new EnumMap<>(HouseholdStatus.class);

    public OutOfContactMonitor(HouseholdQueries queries, OutOfContactWatch watch, Clock clock, MeterRegistry meters) {
        this.queries = queries;
        this.watch = watch;
        this.clock = clock;
        for (OutOfContactWatch.Reason reason : OutOfContactWatch.Reason.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(reason, count);
            Gauge.builder("polku.reception.out.of.contact", count, AtomicLong::get)
                    .description("Households with a permit and no plan, or moved out without a confirmed residence")
                    .tag("reason", reason.name()).register(meters);
        }
        for (HouseholdStatus status : HouseholdStatus.values()) {
            AtomicLong count = new AtomicLong();
            stages.put(status, count);
            Gauge.builder("polku.reception.households", count, AtomicLong::get)
                    .description("Households by stage on the path, as reception sees it")
                    .tag("stage", status.name()).register(meters);
        }
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(HouseholdService.HELSINKI));
        counts.forEach((reason, count) -> count.set(queries.countOutOfContact(reason, watch, today)));
        stages.forEach((status, count) -> count.set(queries.countByStatus(status)));
    }

    public OutOfContactWatch watch() {
        return watch;
    }
}

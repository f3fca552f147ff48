package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The monthly payment runs. Runs go forward month by month; running a month again returns the run that exists
 * (its id derives from the month) and changes nothing. A run whose runner disappeared is taken over after a lease.
 */
public class PaymentRuns {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** A run, and whether this call wrote it. */
    public record Outcome(PaymentRun run, boolean created) {
    }

    private final Aggregates<PaymentRun> runs;
    private final PaymentRunQueries queries;
    private final PaymentRunner runner;
    private final Clock clock;
    private final Duration lease;

    public PaymentRuns(Aggregates<PaymentRun> runs, PaymentRunQueries queries, PaymentRunner runner, Clock clock,
                       Duration lease) {
        this.runs = runs;
        this.queries = queries;
        this.runner = runner;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Runs {@code month}: the month must have begun (its payment goes to where people live on its first day), no
     * later month may have been run, and an unfinished earlier run must be finished first.
     */
    public synchronized Outcome run(YearMonth month, String startedBy) {
        String id = PaymentRun.idFor(month);
        Optional<PaymentRun> existing = runs.find(id);
        if (existing.filter(PaymentRun::completed).isPresent()) {
            return new Outcome(existing.get(), false);
        }
        YearMonth current = YearMonth.now(clock.withZone(HELSINKI));
        if (month.isAfter(current)) {
            throw new DomainRuleViolation("payment-run-month-not-begun", "The month " + month + " has not begun: "
                    + "its payment goes to the municipality of residence on its first day");
        }
        Optional<PaymentRun> latest = queries.latest();
        if (latest.isPresent() && latest.get().month().isAfter(month)) {
            throw new DomainRuleViolation("payment-runs-go-forward", "The month " + latest.get().month()
                    + " has been run; a change to an earlier month is paid as an adjustment in the next run");
        }
        if (latest.isPresent() && !latest.get().completed() && !latest.get().month().equals(month)) {
            throw new DomainRuleViolation("payment-run-unfinished", "The run of " + latest.get().month()
                    + " is unfinished: run it again first");
        }
        Optional<PaymentRun> previous = queries.latestCompletedBefore(month);
        String previousId = previous.map(PaymentRun::id).orElse(null);
        PaymentRun started;
        if (existing.isPresent()) {
            started = runs.update(id, r -> {
                if (!r.abandoned(clock.instant(), lease)) {
                    throw new DomainRuleViolation("payment-run-in-progress", "The run of " + month
                            + " is in progress since " + r.startedAt());
                }
                r.restart(startedBy, clock.instant(), previousId);
                return List.of();
            });
        } else {
            started = runs.create(id, PaymentRun.start(month, startedBy, clock.instant(), previousId), List.of());
        }
        try {
            return new Outcome(runner.execute(started, previous), true);
        } catch (RuntimeException failed) {
            runs.update(id, r -> {
                r.interrupt();
                return List.of();
            });
            throw failed;
        }
    }

    public PaymentRun get(YearMonth month) {
        return runs.find(PaymentRun.idFor(month)).orElseThrow(() -> new NotFound("payment run", month.toString()));
    }

    public List<PaymentRun> all() {
        return queries.all();
    }
}

package fi.polku.compensation.domain.payment;

import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.kit.domain.DomainRuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payment run of one month: the calculated compensation of the month, the corrections of earlier months, and
 * the approved claims and supplementary amounts, as one payment proposal per municipality and per wellbeing services
 * county. Its id derives from the month, so the same month always finds the same run; once completed it is closed
 * and its lines are part of the ledger for good.
 */
public class PaymentRun {

    private String id;
    private String month;
    private RunStatus status;
    private String startedBy;
    private Instant startedAt;
    private int attempts;
    private boolean interrupted;
    private Instant completedAt;
    private String previousRunId;
    private int entitlementCount;
    private int accountBatches;
    private long payableCents;
    private long withheldCents;
    private List<ProposalSummary> proposals = new ArrayList<>();
    private List<WithheldTotal> withheld = new ArrayList<>();

    private PaymentRun() {
        // for the store
    }

    public static String idFor(YearMonth month) {
        return UUID.nameUUIDFromBytes(("payment-run:" + month).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Starts the run of {@code month}, comparing with the ledger as {@code previousRunId} (the latest completed run,
     * null for the first) left it.
     */
    public static PaymentRun start(YearMonth month, String startedBy, Instant at, String previousRunId) {
        PaymentRun run = new PaymentRun();
        run.id = idFor(month);
        run.month = month.toString();
        run.status = RunStatus.RUNNING;
        run.begin(startedBy, at, previousRunId);
        return run;
    }

    /**
     * A run that failed, or whose runner has not finished within {@code lease} (it has gone), may be started again.
     */
    public boolean abandoned(Instant now, Duration lease) {
        return status == RunStatus.RUNNING && (interrupted || startedAt.plus(lease).isBefore(now));
    }

    /** The runner failed: the run may be started again at once. */
    public void interrupt() {
        if (status == RunStatus.RUNNING) {
            interrupted = true;
        }
    }

    /** Takes over an abandoned run: its partial lines are discarded by the caller and written anew. */
    public void restart(String by, Instant at, String previousRun) {
        if (status != RunStatus.RUNNING) {
            throw new DomainRuleViolation("payment-run-closed", "The payment run of " + month + " is closed");
        }
        begin(by, at, previousRun);
    }

    private void begin(String by, Instant at, String previousRun) {
        startedBy = by;
        startedAt = at.truncatedTo(ChronoUnit.MILLIS);
        previousRunId = previousRun;
        interrupted = false;
        attempts++;
    }

    /** Closes the run with what it wrote, announcing the run and each municipality's withheld lines. */
    public List<PolkuEvent> complete(Instant at, int entitlements, int batchesOfAccounts,
                                     List<ProposalSummary> summaries, List<WithheldTotal> withheldTotals) {
        if (status != RunStatus.RUNNING) {
            throw new DomainRuleViolation("payment-run-closed", "The payment run of " + month + " is closed");
        }
        status = RunStatus.COMPLETED;
        completedAt = at.truncatedTo(ChronoUnit.MILLIS);
        entitlementCount = entitlements;
        accountBatches = batchesOfAccounts;
        proposals = new ArrayList<>(summaries);
        withheld = new ArrayList<>(withheldTotals);
        payableCents = summaries.stream().mapToLong(ProposalSummary::payableCents).sum();
        withheldCents = summaries.stream().mapToLong(ProposalSummary::withheldCents).sum();
        List<PolkuEvent> events = new ArrayList<>();
        events.add(new PaymentRunCompleted(id, month, completedAt, payableCents, withheldCents, summaries.stream()
                .map(p -> new PaymentRunCompleted.Proposal(p.proposalId(), p.payee().kind().name(), p.payee().id(),
                        p.payableCents(), p.withheldCents(), p.lineCount()))
                .toList()));
        for (WithheldTotal w : withheldTotals) {
            events.add(new PaymentWithheld(id, month, w.municipality(), w.reason().code(), w.lineCount(), w.cents(),
                    w.reason().howToRelease()));
        }
        return events;
    }

    public Optional<ProposalSummary> proposal(String proposalId) {
        return proposals.stream().filter(p -> p.proposalId().equals(proposalId)).findFirst();
    }

    public boolean completed() {
        return status == RunStatus.COMPLETED;
    }

    public String id() {
        return id;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public RunStatus status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<String> previousRunId() {
        return Optional.ofNullable(previousRunId);
    }

    public int entitlementCount() {
        return entitlementCount;
    }

    public int accountBatches() {
        return accountBatches;
    }

    public long payableCents() {
        return payableCents;
    }

    public long withheldCents() {
        return withheldCents;
    }

    public List<ProposalSummary> proposals() {
        return List.copyOf(proposals);
    }

    public List<WithheldTotal> withheld() {
        return List.copyOf(withheld);
    }
}

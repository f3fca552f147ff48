package fi.polku.compensation.application;

import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.compensation.domain.payment.LedgerAccount;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.PersonAccount;
import fi.polku.compensation.domain.payment.Reconciliation;
import fi.polku.compensation.domain.payment.RunTally;
import fi.polku.kit.store.Aggregates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes one payment run. Every entitlement, in id order, is compared with its ledger account as the previous
 * completed run left it: the two sorted streams are merged in one pass, so memory does not grow with the number of
 * people. Chunks of people are reconciled on worker threads while the next chunk is read and the previous one
 * written, in order. Then the approved claims and supplementary amounts are added and the run is closed.
 */
public class PaymentRunner {

    private static final Logger log = LoggerFactory.getLogger(PaymentRunner.class);
    private static final int CHUNK = 500;

    /** One person's outcome: the lines to pay or list, and the account they leave. */
    private record Reconciled(String entitlementId, List<PaymentLine> lines, LedgerAccount after, boolean counted) {
    }

    private final EntitlementSource entitlements;
    private final CompensationCalculator calculator;
    private final Aggregates<MunicipalityTerms> terms;
    private final ReleaseQueries releases;
    private final LedgerAccounts accounts;
    private final ProposalLines lines;
    private final OneOffPayments oneOffs;
    private final Aggregates<PaymentRun> runs;
    private final Clock clock;
    private final int batchSize;
    private final int threads;

    public PaymentRunner(EntitlementSource entitlements, CompensationCalculator calculator,
                         Aggregates<MunicipalityTerms> terms, ReleaseQueries releases, LedgerAccounts accounts,
                         ProposalLines lines, OneOffPayments oneOffs, Aggregates<PaymentRun> runs, Clock clock,
                         int batchSize, int threads) {
        this.entitlements = entitlements;
        this.calculator = calculator;
        this.terms = terms;
        this.releases = releases;
        this.accounts = accounts;
        this.lines = lines;
        this.oneOffs = oneOffs;
        this.runs = runs;
        this.clock = clock;
        this.batchSize = batchSize;
        this.threads = threads;
    }

    /** Writes the lines of a started run and completes it; {@code previous} is the ledger it compares with. */
    PaymentRun execute(PaymentRun run, Optional<PaymentRun> previous) {
        long started = System.nanoTime();
        String runId = run.id();
        YearMonth month = run.month();
        lines.discard(runId);
        accounts.discard(runId);
        DuesAtRunStart dues = new DuesAtRunStart(calculator, terms, releases.all());
        LineWriter lineWriter = new LineWriter(runId, month, lines, batchSize);
        AccountWriter accountWriter = new AccountWriter(runId, accounts, batchSize);
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "payment-run-" + month);
            thread.setDaemon(true);
            return thread;
        });
        try (Stream<EntitlementSource.Stored> people = entitlements.inIdOrder();
             Stream<PersonAccount> before = previous.map(p -> accounts.of(p.id(), p.accountBatches()))
                     .orElseGet(Stream::empty)) {
            Iterator<AccountedEntitlement> merged = AccountedEntitlement.merge(people, before);
            Deque<CompletableFuture<List<Reconciled>>> inFlight = new ArrayDeque<>();
            while (merged.hasNext()) {
                List<AccountedEntitlement> chunk = new ArrayList<>(CHUNK);
                while (merged.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(merged.next());
                }
                inFlight.add(CompletableFuture.supplyAsync(() -> chunk.stream()
                        .map(p -> reconcile(p, month, dues)).toList(), workers));
                if (inFlight.size() > threads) {
                    write(inFlight.poll().join(), lineWriter, accountWriter, count);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll().join(), lineWriter, accountWriter, count);
            }
        } finally {
            workers.shutdownNow();
        }
        oneOffs.takeInto(runId, month).forEach(lineWriter::add);
        RunTally tally = lineWriter.finish();
        int accountBatches = accountWriter.finish();
        int entitlementCount = count.get();
        PaymentRun completed = runs.update(runId, r -> r.complete(clock.instant(), entitlementCount, accountBatches,
                tally.proposals(), tally.withheld()));
        log.info("Payment run {} completed: {} entitlements, {} proposals, {} ms", month, entitlementCount,
                completed.proposals().size(), (System.nanoTime() - started) / 1_000_000);
        return completed;
    }

    /** What should have been paid against what was: an account without an entitlement is carried over as it is. */
    private static Reconciled reconcile(AccountedEntitlement pair, YearMonth month, DuesAtRunStart dues) {
        LedgerAccount paid = pair.paid();
        if (pair.entitlement() == null) {
            return new Reconciled(pair.id(), List.of(), paid, false);
        }
        Entitlement entitlement = pair.entitlement().read();
        List<PaymentLine> reconciled = Reconciliation.lines(month, entitlement.id(), entitlement.personId(),
                dues.of(entitlement, month), paid);
        return new Reconciled(entitlement.id(), reconciled, paid.with(reconciled), true);
    }

    private static void write(List<Reconciled> chunk, LineWriter lineWriter, AccountWriter accountWriter,
                              AtomicInteger count) {
        for (Reconciled r : chunk) {
            r.lines().forEach(lineWriter::add);
            accountWriter.add(new PersonAccount(r.entitlementId(), r.after()));
            if (r.counted()) {
                count.incrementAndGet();
            }
        }
    }
}

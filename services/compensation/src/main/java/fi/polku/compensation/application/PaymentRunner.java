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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes one payment run: every entitlement, in id order, is compared with its ledger account as the previous
 * completed run left it (a merge of two sorted streams, so memory does not grow with the number of people), then
 * the approved claims and supplementary amounts are added, and the run is closed with its totals and events.
 */
public class PaymentRunner {

    private static final Logger log = LoggerFactory.getLogger(PaymentRunner.class);

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

    public PaymentRunner(EntitlementSource entitlements, CompensationCalculator calculator,
                         Aggregates<MunicipalityTerms> terms, ReleaseQueries releases, LedgerAccounts accounts,
                         ProposalLines lines, OneOffPayments oneOffs, Aggregates<PaymentRun> runs, Clock clock,
                         int batchSize) {
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
        int count = 0;
        try (Stream<Entitlement> people = entitlements.inIdOrder();
             Stream<PersonAccount> before = previous.map(p -> accounts.of(p.id(), p.accountBatches()))
                     .orElseGet(Stream::empty)) {
            Iterator<Entitlement> e = people.iterator();
            Iterator<PersonAccount> a = before.iterator();
            Entitlement entitlement = next(e);
            PersonAccount account = next(a);
            while (entitlement != null || account != null) {
                int order = entitlement == null ? 1 : account == null ? -1
                        : entitlement.id().compareTo(account.entitlementId());
                if (order > 0) {
                    accountWriter.add(account); // an account without an entitlement is carried over as it is
                    account = next(a);
                    continue;
                }
                LedgerAccount paid = order == 0 ? account.account() : LedgerAccount.empty();
                List<PaymentLine> reconciled = Reconciliation.lines(month, entitlement.id(), entitlement.personId(),
                        dues.of(entitlement, month), paid);
                reconciled.forEach(lineWriter::add);
                accountWriter.add(new PersonAccount(entitlement.id(), paid.with(reconciled)));
                count++;
                entitlement = next(e);
                if (order == 0) {
                    account = next(a);
                }
            }
        }
        oneOffs.takeInto(runId, month).forEach(lineWriter::add);
        RunTally tally = lineWriter.finish();
        int accountBatches = accountWriter.finish();
        final int entitlementCount = count;
        PaymentRun completed = runs.update(runId, r -> r.complete(clock.instant(), entitlementCount, accountBatches,
                tally.proposals(), tally.withheld()));
        log.info("Payment run {} completed: {} entitlements, {} proposals, {} ms", month, entitlementCount,
                completed.proposals().size(), (System.nanoTime() - started) / 1_000_000);
        return completed;
    }

    private static <T> T next(Iterator<T> it) {
        return it.hasNext() ? it.next() : null;
    }
}

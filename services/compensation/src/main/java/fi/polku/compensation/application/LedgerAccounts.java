package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.PersonAccount;

import java.util.List;
import java.util.stream.Stream;

/**
 * The ledger accounts each run leaves, in batches beside the run: the next run compares with them instead of
 * re-reading every earlier line. Written once per run and never changed; a run that is started again discards what
 * its unfinished attempt wrote.
 */
public interface LedgerAccounts {

    /** The accounts run {@code runId} left, in entitlement id order, read batch by batch; the caller closes it. */
    Stream<PersonAccount> of(String runId, int batches);

    void write(String runId, int batch, List<PersonAccount> accounts);

    void discard(String runId);
}

package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.PersonAccount;

import java.util.ArrayList;
import java.util.List;

/** Stores the ledger accounts a run leaves, in entitlement id order, in batches of a bounded size. */
final class AccountWriter {

    private final String runId;
    private final LedgerAccounts store;
    private final int batchSize;
    private final List<PersonAccount> pending = new ArrayList<>();
    private int batches;
    private String lastId;

    AccountWriter(String runId, LedgerAccounts store, int batchSize) {
        this.runId = runId;
        this.store = store;
        this.batchSize = batchSize;
    }

    void add(PersonAccount account) {
        if (lastId != null && account.entitlementId().compareTo(lastId) <= 0) {
            throw new IllegalStateException("Ledger accounts out of order at " + account.entitlementId());
        }
        lastId = account.entitlementId();
        if (account.account().isEmpty()) {
            return;
        }
        pending.add(account);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            store.write(runId, batches++, List.copyOf(pending));
            pending.clear();
        }
    }

    /** Stores what is left and returns the number of batches written. */
    int finish() {
        flush();
        return batches;
    }
}

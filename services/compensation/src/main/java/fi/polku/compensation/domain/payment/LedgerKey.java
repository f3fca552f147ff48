package fi.polku.compensation.domain.payment;

import java.time.YearMonth;
import java.util.Comparator;

/** One person-month-payee of the ledger. */
public record LedgerKey(YearMonth month, Payee payee) implements Comparable<LedgerKey> {

    private static final Comparator<LedgerKey> ORDER = Comparator.comparing(LedgerKey::month)
            .thenComparing(LedgerKey::payee);

    @Override
    public int compareTo(LedgerKey other) {
        return ORDER.compare(this, other);
    }
}

package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.WithholdingReason;

import java.time.YearMonth;

/**
 * What should have been paid to one payee for one person's month, as the rules, the residence history, the
 * municipalities' terms and the releases say now. A withheld month is due nothing until it is released.
 */
public record Due(YearMonth month, Payee payee, String municipality, AgeBand ageBand, long cents,
                  WithholdingReason withheldFor) {

    public LedgerKey key() {
        return new LedgerKey(month, payee);
    }

    public boolean withheld() {
        return withheldFor != null;
    }

    /** The cents that should have reached the payee: none while withheld. */
    public long payableCents() {
        return withheld() ? 0 : cents;
    }
}

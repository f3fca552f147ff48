package fi.polku.compensation.domain.payment;

import java.time.YearMonth;

/**
 * Consecutive months {@code from}–{@code to} (inclusive) of one payee that stand alike in a ledger account: each
 * month paid {@code paidCents} and last listed {@code heldCents} as withheld. Runs of alike months keep an account
 * small however long the period is.
 */
public record AccountSegment(YearMonth from, YearMonth to, Payee payee, String municipality, long paidCents,
                             long heldCents) {

    public AccountSegment {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A segment cannot end before it starts");
        }
    }
}

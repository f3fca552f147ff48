package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.WithholdingReason;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One line of a payment proposal. {@code month} is the month the line is for (the run's month for calculated lines,
 * claims and supplementary amounts; the corrected month for adjustments). A withheld line pays nothing: its cents
 * show what is held back. {@code municipality} is the municipality of residence the line is paid for;
 * {@code reference} names the claim or the supplementary programme.
 */
public record PaymentLine(Payee payee, String entitlementId, String personId, YearMonth month, LineType type,
                          AgeBand ageBand, String municipality, long cents, LineStatus status,
                          WithholdingReason reason, String reference) {

    public PaymentLine {
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if ((status == LineStatus.WITHHELD) != (reason != null)) {
            throw new IllegalArgumentException("A withheld line, and only a withheld line, has a reason");
        }
        if (status == LineStatus.WITHHELD && cents < 0) {
            throw new IllegalArgumentException("A withheld line holds back a positive amount");
        }
    }

    public boolean payable() {
        return status == LineStatus.PAYABLE;
    }

    /** What the line pays: its cents when payable, nothing when withheld. */
    public long paidCents() {
        return payable() ? cents : 0;
    }
}

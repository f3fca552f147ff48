package fi.polku.compensation.domain.payment;

import java.time.YearMonth;

/** A withheld month of one person that a compensation officer released for payment to {@code municipality}. */
public record ReleasedMonth(YearMonth month, String municipality) {
}

package fi.polku.compensation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The calculated compensation per person and year for one recipient, valid from {@code validFrom} to
 * {@code validTo} (inclusive; null means unbounded), in cents, with its source.
 */
public record AnnualAmount(Recipient recipient, LocalDate validFrom, LocalDate validTo, long sevenOrOverCents,
                           long under7Cents, String source) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public long annualCents(AgeBand band) {
        return band == AgeBand.UNDER_7 ? under7Cents : sevenOrOverCents;
    }

    public long monthlyCents(AgeBand band) {
        return monthly(annualCents(band));
    }

    /** One twelfth, rounded half up to the cent: every month of a year pays the same. */
    public static long monthly(long annualCents) {
        return BigDecimal.valueOf(annualCents).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
    }
}

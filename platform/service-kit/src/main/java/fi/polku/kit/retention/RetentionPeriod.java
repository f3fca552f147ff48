package fi.polku.kit.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long personal data is kept after its case closed ({@code polku.retention.after-closure}, a period such as
 * {@code P2Y}); a case closed before {@link #closedBefore} is due for deletion or anonymisation.
 */
public record RetentionPeriod(Period afterClosure) {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    public RetentionPeriod {
        if (afterClosure == null || afterClosure.isNegative() || afterClosure.isZero()) {
            throw new IllegalArgumentException("polku.retention.after-closure must be a positive period");
        }
    }

    /** Today in Helsinki. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(HELSINKI));
    }

    /** Cases closed before this date are past the period. */
    public LocalDate closedBefore(Clock clock) {
        return today(clock).minus(afterClosure);
    }
}

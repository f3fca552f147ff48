package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The effective-dated annual amounts; the amount of a month is the one valid on its first day. */
public record AnnualAmounts(List<AnnualAmount> amounts) {

    public AnnualAmounts {
        amounts = List.copyOf(amounts);
    }

    /** The amount valid on {@code day}, empty when the recipient had none then (counties before 2023). */
    public Optional<AnnualAmount> on(Recipient recipient, LocalDate day) {
        AnnualAmount found = null;
        for (AnnualAmount a : amounts) {
            if (a.recipient() == recipient && a.validOn(day)) {
                if (found != null) {
                    throw new IllegalStateException("Two amounts for " + recipient + " on " + day);
                }
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }
}

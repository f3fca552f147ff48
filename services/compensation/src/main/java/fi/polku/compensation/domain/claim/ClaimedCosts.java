package fi.polku.compensation.domain.claim;

import java.time.LocalDate;
import java.util.Objects;

/** What a municipality claims: costs of one type for one person, incurred {@code from}–{@code to}, in cents. */
public record ClaimedCosts(String municipality, String personId, ClaimType type, LocalDate from, LocalDate to,
                           long cents) {

    public ClaimedCosts {
        Objects.requireNonNull(type, "type");
        if (to.isBefore(from)) {
            throw new fi.polku.kit.domain.InvalidInput("costsTo", "the costs cannot end before they start");
        }
        if (cents <= 0) {
            throw new fi.polku.kit.domain.InvalidInput("amountCents", "must be positive");
        }
    }
}

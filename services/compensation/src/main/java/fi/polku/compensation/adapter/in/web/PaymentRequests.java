package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.claim.ClaimType;
import fi.polku.events.compensation.DecisionReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the payment, claim, supplementary and release endpoints; validated before anything happens. */
final class PaymentRequests {

    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    static final String ID = "^[A-Za-z0-9._:-]{1,64}$";
    /** No single claim or line above 100 million euros: a typo guard, not a rule of the domain. */
    static final long MAX_CENTS = 10_000_000_000L;

    private PaymentRequests() {
    }

    @Schema(description = "The month to pay, YYYY-MM")
    record RunRequest(@NotNull @Pattern(regexp = MONTH) String month) {
    }

    @Schema(description = "A claim of actual costs for one person, in cents")
    record ClaimRequest(@NotNull @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE) String municipality,
                        @NotNull @Pattern(regexp = ID) String personId, @NotNull ClaimType type,
                        @NotNull LocalDate costsFrom, @NotNull LocalDate costsTo,
                        @NotNull @Positive @Max(MAX_CENTS) Long amountCents,
                        @Size(max = 64) @Pattern(regexp = "^[\\p{L}\\p{N} ._/:-]*$") String reference) {
    }

    @Schema(description = "A decision: the reason as a code (published), the officer's grounds as text (kept in compensation only); approvedCents defaults to the amount claimed")
    record DecisionRequest(@NotNull DecisionReason reason, @Size(max = 500) String grounds,
                           @Positive @Max(MAX_CENTS) Long approvedCents) {
    }

    @Schema(description = "A rejection or an approval of an application: the reason as a code (published), the grounds as text (kept in compensation only)")
    record GroundsRequest(@NotNull DecisionReason reason, @Size(max = 500) String grounds) {
    }

    @Schema(description = "A municipality's application to a supplementary programme for its residents")
    record ApplicationRequest(@NotBlank @Size(max = 64) String programme,
                              @NotNull @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE) String municipality,
                              @NotEmpty @Size(max = 1000) List<@NotNull @Pattern(regexp = ID) String> personIds) {
    }

    @Schema(description = "Releases a withheld month of a person for payment in the next run")
    record ReleaseRequest(@NotNull @Pattern(regexp = ID) String entitlementId,
                          @NotNull @Pattern(regexp = MONTH) String month, @NotBlank @Size(max = 500) String reason) {
    }
}

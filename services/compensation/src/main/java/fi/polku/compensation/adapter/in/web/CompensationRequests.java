package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.CompensationGroup;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The bodies the compensation API accepts; validated before anything is calculated. */
final class CompensationRequests {

    static final String MUNICIPALITY_CODE = "^[0-9]{3}$";

    private CompensationRequests() {
    }

    @Schema(description = "A person whose compensation is quoted; the first residence starts the period")
    record QuoteRequest(@NotNull @Past LocalDate birthDate, @NotNull CompensationGroup group,
                        @NotEmpty @Size(max = 20) List<@Valid @NotNull ResidenceRequest> residences) {
    }

    @Schema(description = "From this day on the person's municipality of residence (kotikunta) is this one")
    record ResidenceRequest(@NotNull @Pattern(regexp = MUNICIPALITY_CODE) String municipality,
                            @NotNull LocalDate from) {
    }
}

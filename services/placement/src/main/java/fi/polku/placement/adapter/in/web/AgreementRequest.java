package fi.polku.placement.adapter.in.web;

import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.ConfirmedPlaces;
import fi.polku.placement.domain.IntegrationProgramme;
import fi.polku.placement.domain.PlaceGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The agreement as the coordinator records it. */
record AgreementRequest(@NotNull LocalDate validFrom, LocalDate validTo,
                        @NotNull @Size(max = 60) List<@Valid @NotNull Places> places,
                        boolean takesEmergencyCases, @Valid Programme integrationProgramme) {

    record Places(@Min(2000) @Max(2100) int year, @NotNull PlaceGroup group, @Min(0) @Max(100000) int places) {
    }

    record Programme(@NotNull LocalDate validFrom, LocalDate validTo) {
    }

    AgreementTerms terms() {
        return new AgreementTerms(validFrom, validTo,
                places.stream().map(p -> new ConfirmedPlaces(p.year(), p.group(), p.places())).toList(),
                takesEmergencyCases,
                integrationProgramme == null ? null
                        : new IntegrationProgramme(integrationProgramme.validFrom(), integrationProgramme.validTo()));
    }
}

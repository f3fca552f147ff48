package fi.polku.placement.adapter.in.web;

import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.ConfirmedPlaces;
import fi.polku.placement.domain.FamilyGroupHome;
import fi.polku.placement.domain.IntegrationProgramme;
import fi.polku.placement.domain.PlaceGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The agreement as the coordinator records it. */
record AgreementRequest(@NotNull LocalDate validFrom, LocalDate validTo,
                        @NotNull @Size(max = 60) List<@Valid @NotNull Places> places,
                        @Size(max = 100) List<@Valid @NotNull Home> familyGroupHomes,
                        boolean takesEmergencyCases, @PastOrPresent LocalDate wellbeingCountyConsultedOn,
                        @Valid Programme integrationProgramme) {

    record Places(@Min(2000) @Max(2100) int year, @NotNull PlaceGroup group, @Min(0) @Max(100000) int places) {

        ConfirmedPlaces confirmed() {
            return new ConfirmedPlaces(year, group, places);
        }
    }

    record Home(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 100) String name,
                @Min(1) @Max(FamilyGroupHome.MAX_CHILDREN_PER_UNIT) int places) {

        FamilyGroupHome home() {
            return new FamilyGroupHome(year, name, places);
        }
    }

    record Programme(@NotNull LocalDate validFrom, LocalDate validTo, @Size(max = 500) String document) {
    }

    AgreementTerms terms() {
        return new AgreementTerms(validFrom, validTo, places.stream().map(Places::confirmed).toList(),
                familyGroupHomes == null ? List.of() : familyGroupHomes.stream().map(Home::home).toList(),
                takesEmergencyCases, wellbeingCountyConsultedOn,
                integrationProgramme == null ? null : new IntegrationProgramme(integrationProgramme.validFrom(),
                        integrationProgramme.validTo(), integrationProgramme.document()));
    }
}

package fi.polku.reception.adapter.in.web;

import fi.polku.events.IntegrationGroup;
import fi.polku.reception.domain.ChecklistItem;
import fi.polku.reception.domain.Consent;
import fi.polku.reception.domain.Resident;
import fi.polku.reception.domain.TransitionStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The bodies the household API accepts; validated before anything is written. */
final class HouseholdRequests {

    static final String MUNICIPALITY_CODE = "^[0-9]{3}$";
    static final String LANGUAGE_CODE = "^[a-z]{2,3}$";

    private HouseholdRequests() {
    }

    record RegisterHousehold(@NotBlank String receptionCentreId,
                             @NotEmpty @Size(max = 30) List<@Valid @NotNull NewMember> members) {
    }

    record NewMember(@NotBlank @Size(max = 200) String firstNames, @NotBlank @Size(max = 200) String lastName,
                     @NotNull @Past LocalDate birthDate, @Size(max = 11) String personalIdentityCode,
                     @Size(max = 40) String migriCustomerNumber, @NotNull Resident.Relationship relationship,
                     boolean unaccompaniedMinor, @Valid RepresentativeRequest representative,
                     @PastOrPresent LocalDate arrivedInFinland,
                     @NotNull @Size(max = 10) List<@Pattern(regexp = LANGUAGE_CODE) String> languages) {
    }

    record RepresentativeRequest(@NotBlank @Size(max = 200) String name, @Size(max = 40) String phone,
                                 @Email @Size(max = 200) String email) {
    }

    record CompleteStep(@NotNull TransitionStep step, String personId, @NotNull ChecklistItem.Status outcome,
                        @NotNull @PastOrPresent LocalDate date) {
    }

    record RecordConsent(@NotBlank String personId, @NotEmpty Set<Consent.@NotNull Scope> scopes,
                         @NotNull @PastOrPresent LocalDate givenOn) {
    }

    record RevokeConsent(@NotNull @PastOrPresent LocalDate revokedOn) {
    }

    record RecordCompetences(@NotBlank String personId, @Size(max = 2000) String education,
                             @Size(max = 4000) String workHistory, @NotNull @Size(max = 50) List<@Size(max = 200) String> skills,
                             @NotNull @Size(max = 10) List<@Pattern(regexp = LANGUAGE_CODE) String> languages) {
    }

    record ReportSelfMove(@NotNull @Pattern(regexp = MUNICIPALITY_CODE) String municipality,
                          @NotNull LocalDate moveDate) {
    }

    record RecordPermit(@NotBlank String personId, @NotNull @PastOrPresent LocalDate decisionDate,
                        @NotBlank @Size(max = 80) String permitType, @NotNull IntegrationGroup integrationGroup) {
    }

    record NeedsRequest(boolean evidentSocialOrHealthCareNeeds, boolean accessibility, boolean largeFamily,
                        boolean unaccompaniedMinor) {
    }

    record RequestPlacement(@NotNull @Valid NeedsRequest needs,
                            @NotNull @Size(max = 10) List<@Pattern(regexp = LANGUAGE_CODE) String> languages,
                            @NotNull @Size(max = 10) List<@Pattern(regexp = MUNICIPALITY_CODE) String> familyTiesMunicipalities,
                            @NotNull @Size(max = 5) List<@Pattern(regexp = MUNICIPALITY_CODE) String> wishedMunicipalities) {
    }

    record RecordMoveOut(@NotNull LocalDate date,
                         @NotNull @Pattern(regexp = MUNICIPALITY_CODE) String destinationMunicipality) {
    }
}

package fi.polku.placement.adapter.in.web;

import fi.polku.events.Needs;
import fi.polku.kit.security.PolkuUser;
import fi.polku.placement.adapter.in.web.PlacementViews.CaseView;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.application.QuotaDataService;
import fi.polku.placement.domain.CaseMember;
import fi.polku.placement.domain.QuotaPersonalData;
import fi.polku.placement.domain.QuotaProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Migri's side of quota refugees: the intake with the anonymised profile, then the full personal data, which the
 * accepting municipality's officer may read (and every read is recorded).
 */
@RestController
@Tag(name = "Quota refugees", description = "Migri's intake, and the release of personal data after acceptance")
class QuotaController {

    record Intake(@NotBlank @Size(max = 64) String intakeId, @NotNull @Pattern(regexp = "^[0-9]{2}$") String region,
                  @NotNull @PastOrPresent LocalDate selectedOn, @NotEmpty @Size(max = 30) List<@Valid @NotNull Member> members,
                  @NotNull @Valid Flags needs, @NotNull @Size(max = 10) List<@Pattern(regexp = "^[a-z]{2,3}$") String> languages,
                  boolean emergency, @Valid Profile profile) {
    }

    record Member(@NotNull @Past LocalDate birthDate, @NotBlank @Size(max = 20) String relationship,
                  boolean unaccompaniedMinor) {
    }

    record Flags(boolean evidentSocialOrHealthCareNeeds, boolean accessibility, boolean largeFamily,
                 boolean unaccompaniedMinor) {
    }

    record Profile(@Size(max = 64) String unhcrReference, @Size(max = 20) List<@Size(max = 200) String> education,
                   @Size(max = 20) List<@Size(max = 200) String> workHistory, @Size(max = 20) String healthSummaryCode) {
    }

    record PersonalData(@NotEmpty @Size(max = 30) List<@Valid @NotNull Person> persons) {
    }

    record Person(@NotBlank String personId, @NotBlank @Size(max = 200) String firstNames,
                  @NotBlank @Size(max = 200) String lastName, @NotNull @Past LocalDate birthDate,
                  @Size(max = 3) String nationality, @Size(max = 64) String unhcrId) {
    }

    private final PlacementService placement;
    private final QuotaDataService data;
    private final Period target;

    QuotaController(PlacementService placement, QuotaDataService data,
                    @Value("${polku.placement.target:P60D}") Period target) {
        this.placement = placement;
        this.data = data;
        this.target = target;
    }

    @PostMapping("/api/v1/quota-intakes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MIGRI_OFFICER')")
    @Operation(summary = "Migri opens a case for a quota refugee family from its anonymised UNHCR profile")
    CaseView intake(@Valid @RequestBody Intake intake) {
        List<CaseMember> members = new ArrayList<>();
        for (int i = 0; i < intake.members().size(); i++) {
            Member m = intake.members().get(i);
            // the intake names no person: pseudonymous ids, derived so that a repeated intake gives the same ones
            String personId = UUID.nameUUIDFromBytes(("quota-person:" + intake.intakeId() + ":" + i)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            members.add(new CaseMember(personId, m.birthDate(), m.relationship(), m.unaccompaniedMinor()));
        }
        Flags f = intake.needs();
        Profile p = intake.profile();
        var opened = placement.openQuotaCase(intake.intakeId(), intake.region(), intake.selectedOn(), members,
                new Needs(f.evidentSocialOrHealthCareNeeds(), f.accessibility(), f.largeFamily(), f.unaccompaniedMinor()),
                intake.languages(), intake.emergency(), p == null ? null
                        : new QuotaProfile(p.unhcrReference(), p.education(), p.workHistory(), p.healthSummaryCode()));
        return CaseView.of(opened, placement.today(), target, null);
    }

    @PutMapping("/api/v1/cases/{id}/personal-data")
    @PreAuthorize("hasRole('MIGRI_OFFICER')")
    @Operation(summary = "Migri sends the family's full personal data; it stays closed until a municipality accepts")
    void storePersonalData(@PathVariable String id, @Valid @RequestBody PersonalData personalData) {
        data.store(id, personalData.persons().stream().map(p -> new QuotaPersonalData.Person(p.personId(),
                p.firstNames(), p.lastName(), p.birthDate(), p.nationality(), p.unhcrId())).toList());
    }

    @GetMapping("/api/v1/cases/{id}/personal-data")
    @PreAuthorize("hasRole('MUNICIPALITY_OFFICER')")
    @Operation(summary = "The accepting municipality's officer reads the family's personal data; the release is recorded")
    List<QuotaPersonalData.Person> releasePersonalData(@PathVariable String id, PolkuUser user) {
        String municipality = user.municipality().orElseThrow(() -> new AccessDeniedException("No municipality"));
        if (!data.concerns(id, municipality)) {
            throw new AccessDeniedException("The case was never offered to your municipality");
        }
        return data.release(id, municipality, user.subject());
    }

    @GetMapping("/api/v1/cases/{id}/personal-data/releases")
    @PreAuthorize("hasAnyRole('MIGRI_OFFICER', 'AUDITOR')")
    @Operation(summary = "Who received the family's personal data, and when")
    List<QuotaPersonalData.Release> releases(@PathVariable String id) {
        return data.get(id).releases();
    }
}

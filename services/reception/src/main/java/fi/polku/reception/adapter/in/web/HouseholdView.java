package fi.polku.reception.adapter.in.web;

import fi.polku.reception.domain.ChecklistItem;
import fi.polku.reception.domain.Competences;
import fi.polku.reception.domain.Consent;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;
import fi.polku.reception.domain.Permit;
import fi.polku.reception.domain.PlacementApplication;
import fi.polku.reception.domain.Resident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A household as its own reception centre's staff see it, personal data included. */
record HouseholdView(String id, String receptionCentreId, HouseholdStatus status, List<Resident> members,
                     List<Permit> permits, LocalDate firstPermitDate, List<ChecklistItem> checklist,
                     List<ChecklistItem> overdue, List<Consent> consents, List<Competences> competences,
                     Map<String, LocalDate> mayApplyForMunicipalityOfResidenceFrom, PlacementApplication application,
                     String selfMoveMunicipality, LocalDate selfMoveDate, String assignedMunicipality,
                     LocalDate assignedOn, LocalDate moveOutDate, String destinationMunicipality,
                     String residenceMunicipality, LocalDate residenceConfirmedOn) {

    static HouseholdView of(Household h, LocalDate today) {
        Map<String, LocalDate> temporaryProtection = h.members().stream()
                .filter(m -> h.mayApplyForMunicipalityOfResidenceFrom(m.personId()).isPresent())
                .collect(Collectors.toMap(Resident::personId,
                        m -> h.mayApplyForMunicipalityOfResidenceFrom(m.personId()).orElseThrow()));
        return new HouseholdView(h.id(), h.receptionCentreId(), h.status(), h.members(), h.permits(),
                h.firstPermitDate().orElse(null), h.checklist(), h.overdue(today), h.consents(), h.competences(),
                temporaryProtection, h.application().orElse(null), h.selfMoveMunicipality().orElse(null),
                h.selfMoveDate().orElse(null), h.assignedMunicipality().orElse(null), h.assignedOn().orElse(null),
                h.moveOutDate().orElse(null), h.destinationMunicipality().orElse(null),
                h.residenceMunicipality().orElse(null), h.residenceConfirmedOn().orElse(null));
    }
}

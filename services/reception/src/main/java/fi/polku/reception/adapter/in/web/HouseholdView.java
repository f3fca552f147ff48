package fi.polku.reception.adapter.in.web;

import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;
import fi.polku.reception.domain.Permit;
import fi.polku.reception.domain.PlacementApplication;
import fi.polku.reception.domain.Resident;

import java.time.LocalDate;
import java.util.List;

/** A household as its own reception centre's staff see it, personal data included. */
record HouseholdView(String id, String receptionCentreId, HouseholdStatus status, List<Resident> members,
                     List<Permit> permits, PlacementApplication application, String assignedMunicipality,
                     LocalDate assignedOn, LocalDate moveOutDate, String destinationMunicipality) {

    static HouseholdView of(Household h) {
        return new HouseholdView(h.id(), h.receptionCentreId(), h.status(), h.members(), h.permits(),
                h.application().orElse(null), h.assignedMunicipality().orElse(null), h.assignedOn().orElse(null),
                h.moveOutDate().orElse(null), h.destinationMunicipality().orElse(null));
    }
}

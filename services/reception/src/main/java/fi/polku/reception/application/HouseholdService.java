package fi.polku.reception.application;

import fi.polku.events.Needs;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;
import fi.polku.reception.domain.ChecklistItem;
import fi.polku.reception.domain.ChecklistPolicy;
import fi.polku.reception.domain.Competences;
import fi.polku.reception.domain.Consent;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.Permit;
import fi.polku.reception.domain.PlacementApplication;
import fi.polku.reception.domain.ReceptionCentre;
import fi.polku.reception.domain.Resident;
import fi.polku.reception.domain.TransitionStep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The reception centre staff's use cases for a household. */
public class HouseholdService {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Aggregates<Household> households;
    private final ReceptionCentres centres;
    private final ChecklistPolicy checklist;
    private final Clock clock;

    public HouseholdService(Aggregates<Household> households, ReceptionCentres centres, ChecklistPolicy checklist,
                            Clock clock) {
        this.households = households;
        this.centres = centres;
        this.checklist = checklist;
        this.clock = clock;
    }

    public Household register(String receptionCentreId, List<Resident> members) {
        centre(receptionCentreId);
        String id = UUID.randomUUID().toString();
        return households.create(id, Household.register(id, receptionCentreId, members), List.of());
    }

    public Household get(String householdId) {
        return households.find(householdId).orElseThrow(() -> new NotFound("household", householdId));
    }

    public Household recordPermit(String householdId, Permit permit) {
        return households.update(householdId, h -> List.of(h.grantPermit(permit, checklist)));
    }

    public Household completeStep(String householdId, TransitionStep step, String personId,
                                  ChecklistItem.Status outcome, LocalDate on) {
        return households.update(householdId, h -> {
            h.completeStep(step, personId, outcome, on);
            return List.of();
        });
    }

    public Household recordConsent(String householdId, Consent consent) {
        return households.update(householdId, h -> {
            h.recordConsent(consent);
            return List.of();
        });
    }

    public Household revokeConsent(String householdId, String personId, LocalDate on) {
        return households.update(householdId, h -> {
            h.revokeConsent(personId, on);
            return List.of();
        });
    }

    public Household recordCompetences(String householdId, Competences competences) {
        return households.update(householdId, h -> {
            h.recordCompetences(competences, today());
            return List.of();
        });
    }

    public Household requestPlacement(String householdId, Needs needs, List<String> languages,
                                      List<String> familyTies, List<String> wishes) {
        Household household = get(householdId);
        String municipality = centre(household.receptionCentreId()).municipality();
        PlacementApplication application = new PlacementApplication(UUID.randomUUID().toString(), today(), needs,
                languages, familyTies, wishes);
        return households.update(householdId, h -> List.of(h.requestPlacement(application, municipality)));
    }

    public Household reportSelfMove(String householdId, String municipality, LocalDate moveDate) {
        return households.update(householdId, h -> List.of(h.reportSelfMove(municipality, moveDate, today())));
    }

    public Household recordMoveOut(String householdId, LocalDate date, String destinationMunicipality) {
        return households.update(householdId, h -> List.of(h.moveOut(date, destinationMunicipality)));
    }

    private ReceptionCentre centre(String id) {
        return centres.find(id).orElseThrow(() -> new InvalidInput("receptionCentreId", "unknown reception centre"));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}

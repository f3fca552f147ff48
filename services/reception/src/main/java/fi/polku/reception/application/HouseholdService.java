package fi.polku.reception.application;

import fi.polku.events.Needs;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.Permit;
import fi.polku.reception.domain.PlacementApplication;
import fi.polku.reception.domain.ReceptionCentre;
import fi.polku.reception.domain.Resident;

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
    private final Clock clock;

    public HouseholdService(Aggregates<Household> households, ReceptionCentres centres, Clock clock) {
        this.households = households;
        this.centres = centres;
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
        return households.update(householdId, h -> List.of(h.grantPermit(permit)));
    }

    public Household requestPlacement(String householdId, Needs needs, List<String> languages,
                                      List<String> familyTies, List<String> wishes) {
        Household household = get(householdId);
        String municipality = centre(household.receptionCentreId()).municipality();
        PlacementApplication application = new PlacementApplication(UUID.randomUUID().toString(), today(), needs,
                languages, familyTies, wishes);
        return households.update(householdId, h -> List.of(h.requestPlacement(application, municipality)));
    }

    public Household recordMoveOut(String householdId, LocalDate date, String destinationMunicipality) {
        return households.update(householdId, h -> List.of(h.moveOut(date, destinationMunicipality)));
    }

    private ReceptionCentre centre(String id) {
        return centres.find(id).orElseThrow(() -> new InvalidInput("receptionCentreId", "unknown reception centre"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}

package fi.polku.reception.application;

import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;
import fi.polku.kit.audit.AuditAction;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.audit.Purpose;
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
import java.util.function.Function;

/**
 * The reception centre staff's use cases for a household. Every read or change of a household is put on the audit
 * trail first (fail closed: no entry, no access), with the purpose the use case serves.
 */
public class HouseholdService {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String RECORD = "household";

    private final Aggregates<Household> households;
    private final ReceptionCentres centres;
    private final ChecklistPolicy checklist;
    private final AuditTrail audit;
    private final Clock clock;

    public HouseholdService(Aggregates<Household> households, ReceptionCentres centres, ChecklistPolicy checklist,
                            AuditTrail audit, Clock clock) {
        this.households = households;
        this.centres = centres;
        this.checklist = checklist;
        this.audit = audit;
        this.clock = clock;
    }

    public Household register(String receptionCentreId, List<Resident> members) {
        centre(receptionCentreId);
        String id = UUID.randomUUID().toString();
        Household household = Household.register(id, receptionCentreId, members);
        audit.record(AuditAction.CREATE, Purpose.RECEPTION, RECORD, id, personIds(household));
        return households.create(id, household, List.of());
    }

    /** The household's reception centre, for scope checks: no personal data, so no audit entry. */
    public String receptionCentreOf(String householdId) {
        return load(householdId).receptionCentreId();
    }

    /** Reads a household, personal data included, for {@code purpose}. */
    public Household read(String householdId, Purpose purpose) {
        Household household = load(householdId);
        audit.record(AuditAction.READ, purpose, RECORD, householdId, personIds(household));
        return household;
    }

    /** Households listed to their centre's staff: each one read is on record. */
    public List<Household> readAll(List<Household> listed, Purpose purpose) {
        audit.recordEach(AuditAction.READ, purpose, RECORD, listed, Household::id, HouseholdService::personIds);
        return listed;
    }

    public Household recordPermit(String householdId, Permit permit) {
        return change(householdId, Purpose.RECEPTION, h -> List.of(h.grantPermit(permit, checklist)));
    }

    public Household completeStep(String householdId, TransitionStep step, String personId,
                                  ChecklistItem.Status outcome, LocalDate on) {
        return change(householdId, Purpose.TRANSITION, h -> {
            h.completeStep(step, personId, outcome, on);
            return List.of();
        });
    }

    public Household recordConsent(String householdId, Consent consent) {
        return change(householdId, Purpose.TRANSITION, h -> {
            h.recordConsent(consent);
            return List.of();
        });
    }

    /** Revokes a consent; holders of the needs the application shared are told ({@code ConsentRevoked}). */
    public Household revokeConsent(String householdId, String personId, LocalDate on) {
        return change(householdId, Purpose.TRANSITION, h -> h.revokeConsent(personId, on));
    }

    public Household recordCompetences(String householdId, Competences competences) {
        return change(householdId, Purpose.TRANSITION, h -> {
            h.recordCompetences(competences, today());
            return List.of();
        });
    }

    /**
     * Sends the placement application. The needs go only under the members' consents ({@code consent-required}
     * otherwise); what leaves is on record as an export for the placement purpose.
     */
    public Household requestPlacement(String householdId, Needs needs, List<String> languages,
                                      List<String> familyTies, List<String> wishes) {
        Household household = load(householdId);
        String municipality = centre(household.receptionCentreId()).municipality();
        PlacementApplication application = new PlacementApplication(UUID.randomUUID().toString(), today(), needs,
                languages, familyTies, wishes);
        audit.record(AuditAction.EXPORT, Purpose.PLACEMENT, RECORD, householdId, personIds(household));
        return households.update(householdId, h -> List.of(h.requestPlacement(application, municipality)));
    }

    public Household reportSelfMove(String householdId, String municipality, LocalDate moveDate) {
        return change(householdId, Purpose.PLACEMENT, h -> List.of(h.reportSelfMove(municipality, moveDate, today())));
    }

    public Household recordMoveOut(String householdId, LocalDate date, String destinationMunicipality) {
        return change(householdId, Purpose.PLACEMENT, h -> List.of(h.moveOut(date, destinationMunicipality)));
    }

    /** Records the change first (fail closed), then applies it. */
    private Household change(String householdId, Purpose purpose,
                             Function<Household, List<? extends PolkuEvent>> change) {
        audit.record(AuditAction.UPDATE, purpose, RECORD, householdId, personIds(load(householdId)));
        return households.update(householdId, change);
    }

    private Household load(String householdId) {
        return households.find(householdId).orElseThrow(() -> new NotFound("household", householdId));
    }

    static List<String> personIds(Household household) {
        return household.members().stream().map(Resident::personId).toList();
    }

    private ReceptionCentre centre(String id) {
        return centres.find(id).orElseThrow(() -> new InvalidInput("receptionCentreId", "unknown reception centre"));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}

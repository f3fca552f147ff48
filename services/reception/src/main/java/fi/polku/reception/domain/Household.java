package fi.polku.reception.domain;

import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A household living in a reception centre, from registration until it has moved out to a municipality. */
public class Household {

    private String id;
    private String receptionCentreId;
    private List<Resident> members = new ArrayList<>();
    private List<Permit> permits = new ArrayList<>();
    private HouseholdStatus status;
    private PlacementApplication application;
    private String assignedMunicipality;
    private LocalDate assignedOn;
    private LocalDate moveOutDate;
    private String destinationMunicipality;

    private Household() {
        // for the store
    }

    public static Household register(String id, String receptionCentreId, List<Resident> members) {
        if (members.isEmpty()) {
            throw new InvalidInput("members", "a household has at least one member");
        }
        Household household = new Household();
        household.id = id;
        household.receptionCentreId = receptionCentreId;
        household.members = new ArrayList<>(members);
        household.status = HouseholdStatus.IN_RECEPTION;
        return household;
    }

    public PermitGranted grantPermit(Permit permit) {
        member(permit.personId());
        requireNotMovedOut();
        permits.removeIf(p -> p.personId().equals(permit.personId()));
        permits.add(permit);
        if (status == HouseholdStatus.IN_RECEPTION) {
            status = HouseholdStatus.PERMIT_GRANTED;
        }
        return new PermitGranted(id, permit.personId(), receptionCentreId, permit.decisionDate(), permit.permitType(),
                permit.integrationGroup());
    }

    /** The need assessment found that a municipal place is needed: the application goes to the regional authority. */
    public PlacementRequested requestPlacement(PlacementApplication request, String receptionMunicipality) {
        requireNotMovedOut();
        if (application != null) {
            throw new DomainRuleViolation("application-exists", "The household has a placement application already");
        }
        Permit first = permits.stream().min(Comparator.comparing(Permit::decisionDate))
                .orElseThrow(() -> new DomainRuleViolation("permit-required",
                        "A placement application needs a residence permit first"));
        application = request;
        status = HouseholdStatus.PLACEMENT_REQUESTED;
        List<PlacementRequested.Member> pseudonymous = members.stream()
                .map(m -> new PlacementRequested.Member(m.personId(), m.birthDate(), m.relationship().name(),
                        m.unaccompaniedMinor()))
                .toList();
        return new PlacementRequested(request.applicationId(), id, receptionCentreId, receptionMunicipality,
                first.integrationGroup(), first.decisionDate(), pseudonymous, request.needs(), request.languages(),
                request.familyTiesMunicipalities(), request.wishedMunicipalities());
    }

    public void offerAccepted() {
        if (status == HouseholdStatus.PLACEMENT_REQUESTED) {
            status = HouseholdStatus.OFFER_ACCEPTED;
        }
    }

    public void assigned(String municipality, LocalDate on) {
        assignedMunicipality = municipality;
        assignedOn = on;
        if (status != HouseholdStatus.MOVED_OUT) {
            status = HouseholdStatus.ASSIGNED;
        }
    }

    /** The household left for a municipality; reception services end on that date. */
    public MovedOut moveOut(LocalDate date, String destination) {
        requireNotMovedOut();
        moveOutDate = date;
        destinationMunicipality = destination;
        status = HouseholdStatus.MOVED_OUT;
        return new MovedOut(id, receptionCentreId, date, destination);
    }

    private void requireNotMovedOut() {
        if (status == HouseholdStatus.MOVED_OUT) {
            throw new DomainRuleViolation("moved-out", "The household has moved out");
        }
    }

    public Resident member(String personId) {
        return members.stream().filter(m -> m.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new InvalidInput("personId", "not a member of this household"));
    }

    public String id() {
        return id;
    }

    public String receptionCentreId() {
        return receptionCentreId;
    }

    public List<Resident> members() {
        return List.copyOf(members);
    }

    public List<Permit> permits() {
        return List.copyOf(permits);
    }

    public HouseholdStatus status() {
        return status;
    }

    public Optional<PlacementApplication> application() {
        return Optional.ofNullable(application);
    }

    public Optional<String> assignedMunicipality() {
        return Optional.ofNullable(assignedMunicipality);
    }

    public Optional<LocalDate> assignedOn() {
        return Optional.ofNullable(assignedOn);
    }

    public Optional<LocalDate> moveOutDate() {
        return Optional.ofNullable(moveOutDate);
    }

    public Optional<String> destinationMunicipality() {
        return Optional.ofNullable(destinationMunicipality);
    }
}

package fi.polku.reception.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PermitGranted;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A household living in a reception centre, from registration until its municipality of residence is confirmed:
 * permits, the transition checklist, consents, competences, and the way out (placement application or self-move,
 * then the move-out).
 */
public class Household {

    private String id;
    private String receptionCentreId;
    private List<Resident> members = new ArrayList<>();
    private List<Permit> permits = new ArrayList<>();
    private LocalDate firstPermitDate;
    private List<ChecklistItem> checklist = new ArrayList<>();
    private List<Consent> consents = new ArrayList<>();
    private List<Competences> competences = new ArrayList<>();
    private HouseholdStatus status;
    private PlacementApplication application;
    private String selfMoveMunicipality;
    private LocalDate selfMoveDate;
    private String assignedMunicipality;
    private LocalDate assignedOn;
    private LocalDate moveOutDate;
    private String destinationMunicipality;
    private String residenceMunicipality;
    private LocalDate residenceConfirmedOn;
    private LocalDate anonymisedOn;

    private Household() {
        // for the store
    }

    public static Household register(String id, String receptionCentreId, List<Resident> members) {
        if (members.isEmpty()) {
            throw new InvalidInput("members", "a household has at least one member");
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).unaccompaniedMinor() && members.get(i).representative() == null) {
                throw new InvalidInput("members[" + i + "].representative", "an unaccompanied minor needs a representative");
            }
        }
        Household household = new Household();
        household.id = id;
        household.receptionCentreId = receptionCentreId;
        household.members = new ArrayList<>(members);
        household.status = HouseholdStatus.IN_RECEPTION;
        return household;
    }

    /** Records a permit and starts the person's transition checklist (and the household's, with the first permit). */
    public PermitGranted grantPermit(Permit permit, ChecklistPolicy policy) {
        member(permit.personId());
        requireNotMovedOut();
        permits.removeIf(p -> p.personId().equals(permit.personId()));
        permits.add(permit);
        if (firstPermitDate == null || permit.decisionDate().isBefore(firstPermitDate)) {
            firstPermitDate = permit.decisionDate();
        }
        for (TransitionStep step : TransitionStep.values()) {
            String personId = step.perHousehold() ? null : permit.personId();
            if (checklist.stream().noneMatch(i -> i.concerns(step, personId))) {
                checklist.add(new ChecklistItem(step, personId, step.responsible(),
                        policy.due(step, permit.decisionDate()), ChecklistItem.Status.OPEN, null));
            }
        }
        if (status == HouseholdStatus.IN_RECEPTION) {
            status = HouseholdStatus.PERMIT_GRANTED;
        }
        return new PermitGranted(id, permit.personId(), receptionCentreId, permit.decisionDate(), permit.permitType(),
                permit.integrationGroup());
    }

    public void completeStep(TransitionStep step, String personId, ChecklistItem.Status outcome, LocalDate on) {
        if (outcome == ChecklistItem.Status.OPEN) {
            throw new InvalidInput("status", "a step is completed as DONE or NOT_NEEDED");
        }
        if (!step.perHousehold()) {
            member(personId);
        }
        ChecklistItem item = checklist.stream().filter(i -> i.concerns(step, personId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("no-checklist-step",
                        "The checklist has no " + step + " for this person: is the permit recorded?"));
        checklist.set(checklist.indexOf(item), item.completed(outcome, on));
    }

    public void recordConsent(Consent consent) {
        member(consent.personId());
        consents.removeIf(c -> c.personId().equals(consent.personId()) && c.revokedOn() == null);
        consents.add(consent);
        completeIfListed(TransitionStep.CONSENT, consent.personId(), consent.givenOn());
    }

    /**
     * Revokes the person's consent from {@code on}. When the placement application has shared the household's needs,
     * the holders downstream learn of it ({@link ConsentRevoked}), so that they stop forwarding the needs and delete
     * them; otherwise nothing left reception and nobody needs telling.
     */
    public List<ConsentRevoked> revokeConsent(String personId, LocalDate on) {
        Consent current = consents.stream().filter(c -> c.personId().equals(personId) && c.revokedOn() == null)
                .findFirst().orElseThrow(() -> new DomainRuleViolation("no-consent", "No consent in force to revoke"));
        consents.set(consents.indexOf(current), current.revoked(on));
        if (application == null || !ConsentRule.sharesNeeds(application.needs())) {
            return List.of();
        }
        return List.of(new ConsentRevoked(id, personId, current.scopes().stream()
                .map(s -> ConsentRevoked.Recipient.valueOf(s.name())).sorted().toList(), on));
    }

    /** Whether the person's data may be passed to {@code scope} on {@code date}. */
    public boolean consentAllows(String personId, Consent.Scope scope, LocalDate date) {
        return consents.stream().anyMatch(c -> c.personId().equals(personId) && c.allows(scope, date));
    }

    public void recordCompetences(Competences identified, LocalDate on) {
        member(identified.personId());
        competences.removeIf(c -> c.personId().equals(identified.personId()));
        competences.add(identified);
        completeIfListed(TransitionStep.COMPETENCE_IDENTIFICATION, identified.personId(), on);
    }

    private void completeIfListed(TransitionStep step, String personId, LocalDate on) {
        checklist.stream().filter(i -> i.concerns(step, personId) && i.status() == ChecklistItem.Status.OPEN)
                .findFirst().ifPresent(i -> checklist.set(checklist.indexOf(i), i.completed(ChecklistItem.Status.DONE, on)));
    }

    /** The need assessment found that a municipal place is needed: the application goes to the regional authority. */
    public PlacementRequested requestPlacement(PlacementApplication request, String receptionMunicipality) {
        requireNotMovedOut();
        if (application != null) {
            throw new DomainRuleViolation("application-exists", "The household has a placement application already");
        }
        if (selfMoveMunicipality != null) {
            throw new DomainRuleViolation("self-move-reported", "The household is moving by itself");
        }
        Permit first = firstPermit();
        ConsentRule.requireFor(request.needs(), members, this::consentAllows, request.submittedOn());
        application = request;
        status = HouseholdStatus.PLACEMENT_REQUESTED;
        completeIfListed(TransitionStep.NEED_ASSESSMENT, null, request.submittedOn());
        return new PlacementRequested(request.applicationId(), id, receptionCentreId, receptionMunicipality,
                first.integrationGroup(), first.decisionDate(), pseudonymousMembers(), request.needs(),
                request.languages(), request.familyTiesMunicipalities(), request.wishedMunicipalities());
    }

    /** The household found housing itself (omatoiminen muutto); the municipality is compensated all the same. */
    public SelfMoveReported reportSelfMove(String municipality, LocalDate moveDate, LocalDate today) {
        requireNotMovedOut();
        if (application != null) {
            // the regional authority is looking for a place: it must learn of the change before anything else
            throw new DomainRuleViolation("application-exists",
                    "The household has a placement application; the coordinator must close it first");
        }
        Permit first = firstPermit();
        selfMoveMunicipality = municipality;
        selfMoveDate = moveDate;
        status = HouseholdStatus.SELF_MOVE_REPORTED;
        completeIfListed(TransitionStep.NEED_ASSESSMENT, null, today);
        return new SelfMoveReported(id, receptionCentreId, municipality, moveDate, first.integrationGroup(),
                first.decisionDate(), pseudonymousMembers());
    }

    private Permit firstPermit() {
        return permits.stream().min(Comparator.comparing(Permit::decisionDate))
                .orElseThrow(() -> new DomainRuleViolation("permit-required", "This needs a residence permit first"));
    }

    private List<PlacementRequested.Member> pseudonymousMembers() {
        return members.stream().map(m -> new PlacementRequested.Member(m.personId(), m.birthDate(),
                m.relationship().name(), m.unaccompaniedMinor())).toList();
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

    /** Placement recorded the municipality of residence: the household is in a municipality's care now. */
    public void residenceConfirmed(String municipality, LocalDate since) {
        residenceMunicipality = municipality;
        residenceConfirmedOn = since;
    }

    /** The case is closed when the household moved out: reception's services ended that day. */
    public Optional<LocalDate> closedOn() {
        return status == HouseholdStatus.MOVED_OUT ? Optional.ofNullable(moveOutDate) : Optional.empty();
    }

    /**
     * The retention period after closure is over: names, identity codes, Migri customer numbers, representatives'
     * contact details, the needs and the competences go. What stays is pseudonymous (ids, relationships, the birth
     * year, languages, dates, municipality codes, the checklist and the consents as the record of their legal basis),
     * enough for statistics and for the events already published to keep their meaning.
     */
    public void anonymise(LocalDate on) {
        if (closedOn().isEmpty()) {
            throw new DomainRuleViolation("case-open", "Only a closed case is anonymised");
        }
        members = members.stream().map(Resident::anonymised).collect(Collectors.toCollection(ArrayList::new));
        competences = new ArrayList<>();
        if (application != null) {
            application = application.withoutNeeds();
        }
        anonymisedOn = on;
    }

    public Optional<LocalDate> anonymisedOn() {
        return Optional.ofNullable(anonymisedOn);
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

    public List<ChecklistItem> overdue(LocalDate today) {
        return checklist.stream().filter(i -> i.overdueOn(today)).toList();
    }

    /**
     * Temporary protection holders may apply for a municipality of residence after one year of residence in
     * Finland: from the arrival date where known, otherwise from the permit decision.
     */
    public Optional<LocalDate> mayApplyForMunicipalityOfResidenceFrom(String personId) {
        Resident resident = member(personId);
        return permits.stream()
                .filter(p -> p.personId().equals(personId) && p.integrationGroup() == IntegrationGroup.TEMPORARY_PROTECTION)
                .findFirst()
                .map(p -> (resident.arrivedInFinland() != null ? resident.arrivedInFinland() : p.decisionDate())
                        .plusYears(1));
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

    public Optional<LocalDate> firstPermitDate() {
        return Optional.ofNullable(firstPermitDate);
    }

    public List<ChecklistItem> checklist() {
        return List.copyOf(checklist);
    }

    public List<Consent> consents() {
        return List.copyOf(consents);
    }

    public List<Competences> competences() {
        return List.copyOf(competences);
    }

    public HouseholdStatus status() {
        return status;
    }

    public Optional<PlacementApplication> application() {
        return Optional.ofNullable(application);
    }

    public Optional<String> selfMoveMunicipality() {
        return Optional.ofNullable(selfMoveMunicipality);
    }

    public Optional<LocalDate> selfMoveDate() {
        return Optional.ofNullable(selfMoveDate);
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

    public Optional<String> residenceMunicipality() {
        return Optional.ofNullable(residenceMunicipality);
    }

    public Optional<LocalDate> residenceConfirmedOn() {
        return Optional.ofNullable(residenceConfirmedOn);
    }

    static Set<HouseholdStatus> stillInReception() {
        return EnumSet.complementOf(EnumSet.of(HouseholdStatus.MOVED_OUT));
    }
}

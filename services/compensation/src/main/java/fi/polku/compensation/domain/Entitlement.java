package fi.polku.compensation.domain;

import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.kit.domain.DomainRuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's right to the calculated compensation: one per person, opened when their first municipality of
 * residence is recorded, with the period fixed by the rules in force on its start.
 */
public class Entitlement {

    private String id;
    private String personId;
    private String householdId;
    private String caseId;
    private LocalDate birthDate;
    private CompensationGroup group;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private List<Residence> residences = new ArrayList<>();

    private Entitlement() {
        // for the store
    }

    /** Derived from the person, so a redelivered or repeated event finds the entitlement it opened. */
    public static String idFor(String personId) {
        return UUID.nameUUIDFromBytes(("entitlement:" + personId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Entitlement open(String personId, LocalDate birthDate, String householdId, String caseId,
                                   CompensationGroup group, Residence firstResidence, PeriodRules rules) {
        Entitlement entitlement = new Entitlement();
        entitlement.id = idFor(personId);
        entitlement.personId = personId;
        entitlement.birthDate = birthDate;
        entitlement.householdId = householdId;
        entitlement.caseId = caseId;
        entitlement.group = group;
        entitlement.residences.add(firstResidence);
        CompensationPeriod period = rules.periodFor(group, firstResidence.from());
        entitlement.periodStart = period.start();
        entitlement.periodEnd = period.end();
        return entitlement;
    }

    public EntitlementOpened opened() {
        return new EntitlementOpened(id, personId, householdId, residenceHistory().residences().get(0).municipality(),
                periodStart, periodEnd, group.name());
    }

    /**
     * From {@code since} on the person lives in {@code municipality} (a move, or a merge recorded as one). A residence
     * already recorded for the same day is a correction and is replaced; the period never moves, it runs from the
     * first kotikunta. Returns whether the history changed (a move to where the person already lives changes nothing).
     */
    public boolean moveTo(String municipality, LocalDate since) {
        ResidenceHistory history = residenceHistory();
        if (since.isBefore(history.start())) {
            throw new DomainRuleViolation("residence-before-first-kotikunta", "A residence from " + since
                    + " would precede the first municipality of residence of entitlement " + id);
        }
        Optional<Residence> sameDay = residences.stream().filter(r -> r.from().equals(since)).findFirst();
        if (sameDay.isPresent()) {
            if (sameDay.get().municipality().equals(municipality)) {
                return false;
            }
            residences.remove(sameDay.get());
        } else if (history.municipalityOn(since).filter(municipality::equals).isPresent()) {
            return false;
        }
        residences.add(new Residence(municipality, since));
        residences = new ArrayList<>(residenceHistory().residences());
        return true;
    }

    public Person person() {
        return new Person(birthDate, residenceHistory());
    }

    public CompensationPeriod period() {
        return new CompensationPeriod(periodStart, periodEnd);
    }

    public ResidenceHistory residenceHistory() {
        return new ResidenceHistory(residences);
    }

    /** Whether the person has lived in {@code municipality} during the entitlement (it is paid for some months). */
    public boolean concerns(String municipality) {
        return residenceHistory().includes(municipality);
    }

    public String id() {
        return id;
    }

    public String personId() {
        return personId;
    }

    public String householdId() {
        return householdId;
    }

    public String caseId() {
        return caseId;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public CompensationGroup group() {
        return group;
    }

    /** The current municipality of residence. */
    public String municipality() {
        return residenceHistory().latest();
    }
}

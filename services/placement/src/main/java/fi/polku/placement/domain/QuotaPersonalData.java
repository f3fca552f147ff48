package fi.polku.placement.domain;

import fi.polku.kit.domain.DomainRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The full personal data Migri sends for a quota refugee family. Kept apart from the case, and released to the
 * municipality only after it accepted the offer; every release is on record (who, when, to which municipality).
 */
public class QuotaPersonalData {

    /** One person as Migri identifies them. Personal data: never in an event. */
    public record Person(String personId, String firstNames, String lastName, LocalDate birthDate,
                         String nationality, String unhcrId) {
    }

    /** A release of the data to a municipality officer. */
    public record Release(String municipality, String releasedTo, Instant at) {
    }

    private String caseId;
    private List<Person> persons = new ArrayList<>();
    private List<Release> releases = new ArrayList<>();
    private LocalDate anonymisedOn;

    private QuotaPersonalData() {
        // for the store
    }

    public static QuotaPersonalData of(String caseId, List<Person> persons) {
        QuotaPersonalData data = new QuotaPersonalData();
        data.caseId = caseId;
        data.persons = List.copyOf(persons);
        return data;
    }

    public void replace(List<Person> updated) {
        persons = List.copyOf(updated);
    }

    /** Releases the data to an officer of the municipality the case is assigned to, and records the release. */
    public List<Person> releaseTo(PlacementCase placementCase, String municipality, String officer, Instant now) {
        boolean assignedHere = placementCase.assignedMunicipality().map(municipality::equals).orElse(false);
        if (!assignedHere) {
            throw new DomainRuleViolation("not-accepted",
                    "Personal data is released only to the municipality that accepted the offer");
        }
        releases.add(new Release(municipality, officer, now));
        return persons;
    }

    /**
     * The retention period after the case settled is over: names and the UNHCR id go; the pseudonymous person id,
     * the birth year, the nationality and the record of releases stay.
     */
    public void anonymise(LocalDate on) {
        persons = persons.stream().map(p -> new Person(p.personId(), null, null,
                p.birthDate() == null ? null : p.birthDate().withDayOfYear(1), p.nationality(), null)).toList();
        anonymisedOn = on;
    }

    public Optional<LocalDate> anonymisedOn() {
        return Optional.ofNullable(anonymisedOn);
    }

    public String caseId() {
        return caseId;
    }

    public List<Person> persons() {
        return List.copyOf(persons);
    }

    public List<Release> releases() {
        return List.copyOf(releases);
    }
}

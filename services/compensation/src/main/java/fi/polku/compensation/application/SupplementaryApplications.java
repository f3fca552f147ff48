package fi.polku.compensation.application;

import fi.polku.events.compensation.DecisionReason;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.supplementary.ApplicationStatus;
import fi.polku.compensation.domain.supplementary.SupplementaryApplication;
import fi.polku.compensation.domain.supplementary.SupplementaryPerson;
import fi.polku.compensation.domain.supplementary.SupplementaryProgramme;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Applications to supplementary programmes: a municipality applies for its residents of the programme's arrival
 * cohort while applications are open; each person once per programme; a compensation officer decides.
 */
public class SupplementaryApplications {

    private final Aggregates<SupplementaryApplication> applications;
    private final SupplementaryQueries queries;
    private final SupplementaryEnrolments enrolments;
    private final Aggregates<Entitlement> entitlements;
    private final RuleBook rules;
    private final Clock clock;

    public SupplementaryApplications(Aggregates<SupplementaryApplication> applications, SupplementaryQueries queries,
                                     SupplementaryEnrolments enrolments, Aggregates<Entitlement> entitlements,
                                     RuleBook rules, Clock clock) {
        this.applications = applications;
        this.queries = queries;
        this.enrolments = enrolments;
        this.entitlements = entitlements;
        this.rules = rules;
        this.clock = clock;
    }

    public List<SupplementaryProgramme> programmes() {
        return rules.supplementaryProgrammes().programmes();
    }

    public SupplementaryApplication submit(String programmeCode, String municipality, List<String> personIds,
                                           String submittedBy) {
        SupplementaryProgramme programme = rules.supplementaryProgrammes().find(programmeCode)
                .orElseThrow(() -> new InvalidInput("programme", "unknown supplementary programme"));
        if (new HashSet<>(personIds).size() != personIds.size()) {
            throw new InvalidInput("personIds", "a person is listed twice");
        }
        List<Entitlement> persons = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            int index = i;
            persons.add(entitlements.find(Entitlement.idFor(personIds.get(i)))
                    .orElseThrow(() -> new InvalidInput("personIds[" + index + "]", "no entitlement for this person")));
        }
        String id = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(clock.withZone(PaymentRuns.HELSINKI));
        SupplementaryApplication application = SupplementaryApplication.submit(id, programme, municipality, persons,
                today, rules.municipalities(), submittedBy, clock.instant());
        List<String> taken = enrolments.enrol(programme.code(), personIds, id);
        if (!taken.isEmpty()) {
            throw new DomainRuleViolation("supplementary-already-applied", taken.size() + " of the persons are in "
                    + "another application to " + programme.code() + " already: " + taken);
        }
        try {
            return applications.create(id, application, List.of());
        } catch (RuntimeException e) {
            enrolments.release(programme.code(), personIds, id);
            throw e;
        }
    }

    public SupplementaryApplication approve(String id, DecisionReason reason, String grounds, String decidedBy) {
        return applications.update(id, a -> List.of(a.approve(decidedBy, reason, grounds, clock.instant())));
    }

    /** Rejects the application and frees its persons for another application to the programme. */
    public SupplementaryApplication reject(String id, DecisionReason reason, String grounds, String decidedBy) {
        SupplementaryApplication rejected = applications.update(id,
                a -> List.of(a.reject(decidedBy, reason, grounds, clock.instant())));
        enrolments.release(rejected.programme(), rejected.persons().stream().map(SupplementaryPerson::personId)
                .toList(), id);
        return rejected;
    }

    public SupplementaryApplication get(String id) {
        return applications.find(id).orElseThrow(() -> new NotFound("supplementary application", id));
    }

    public List<SupplementaryApplication> list(String municipality, ApplicationStatus status, int page, int size) {
        return queries.of(municipality, status, page, size);
    }
}

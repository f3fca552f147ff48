package fi.polku.compensation.domain.supplementary;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.MunicipalityRegister;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.events.compensation.DecisionReason;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.kit.domain.DomainRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A municipality's application to a supplementary programme for its residents of the programme's arrival cohort.
 * Eligibility is checked on submission; a compensation officer approves or rejects it; the approved one-off amounts
 * are paid once, in the next payment run.
 */
public class SupplementaryApplication {

    private String id;
    private String programme;
    private String municipality;
    private List<SupplementaryPerson> persons = new ArrayList<>();
    private ApplicationStatus status;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private DecisionReason reason;
    private String grounds;
    private String paymentRunId;
    private String paymentMonth;

    private SupplementaryApplication() {
        // for the store
    }

    /**
     * Checks each person against the programme on {@code today}: the application window is open, the person arrived
     * in the cohort year and lives in the applying municipality today.
     */
    public static SupplementaryApplication submit(String id, SupplementaryProgramme programme, String municipality,
                                                  List<Entitlement> persons, LocalDate today,
                                                  MunicipalityRegister register, String by, Instant at) {
        if (!programme.openOn(today)) {
            throw new DomainRuleViolation("supplementary-window-closed", "Applications to " + programme.code()
                    + " are accepted " + programme.applicationsFrom() + "–" + programme.applicationsUntil());
        }
        SupplementaryApplication application = new SupplementaryApplication();
        for (Entitlement person : persons) {
            if (!programme.inCohort(person.residenceHistory().start())) {
                throw new DomainRuleViolation("supplementary-not-in-cohort", "Person " + person.personId()
                        + " did not arrive in " + programme.arrivalYear());
            }
            boolean resident = person.residenceHistory().municipalityOn(today)
                    .map(code -> register.on(code, today).code().equals(municipality)).orElse(false);
            if (!resident) {
                throw new DomainRuleViolation("supplementary-not-resident", "Person " + person.personId()
                        + " does not live in " + municipality);
            }
            var band = programme.ageBand(person.birthDate());
            application.persons.add(new SupplementaryPerson(person.personId(), person.id(), band,
                    programme.cents(band)));
        }
        application.id = id;
        application.programme = programme.code();
        application.municipality = municipality;
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedBy = by;
        application.submittedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return application;
    }

    public SupplementaryApplicationDecided approve(String by, DecisionReason reason, String grounds, Instant at) {
        return decide(ApplicationStatus.APPROVED, by, reason, grounds, at);
    }

    public SupplementaryApplicationDecided reject(String by, DecisionReason reason, String grounds, Instant at) {
        return decide(ApplicationStatus.REJECTED, by, reason, grounds, at);
    }

    /** The reason travels as a code; the officer's grounds (free text) stay in this service. */
    private SupplementaryApplicationDecided decide(ApplicationStatus decision, String by, DecisionReason why,
                                                   String grounds, Instant at) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainRuleViolation("application-already-decided", "Application " + id + " is " + status);
        }
        status = decision;
        decidedBy = by;
        reason = why;
        this.grounds = grounds;
        decidedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return new SupplementaryApplicationDecided(id, programme, municipality, decision.name(), persons.size(),
                approvedCents(), why);
    }

    public long totalCents() {
        return persons.stream().mapToLong(SupplementaryPerson::cents).sum();
    }

    public long approvedCents() {
        return status == ApplicationStatus.APPROVED ? totalCents() : 0;
    }

    public boolean awaitingPayment() {
        return status == ApplicationStatus.APPROVED && paymentRunId == null;
    }

    /** Takes the approved application into the payment run of {@code month}; a restarted run keeps it. */
    public void payIn(String runId, YearMonth month) {
        if (status != ApplicationStatus.APPROVED) {
            throw new DomainRuleViolation("application-not-approved", "Application " + id + " is " + status);
        }
        if (paymentRunId != null && !paymentRunId.equals(runId)) {
            throw new DomainRuleViolation("application-already-paid", "Application " + id + " is paid in "
                    + paymentMonth);
        }
        paymentRunId = runId;
        paymentMonth = month.toString();
    }

    public List<PaymentLine> lines() {
        YearMonth month = YearMonth.parse(paymentMonth);
        return persons.stream().map(p -> new PaymentLine(Payee.municipality(municipality), p.entitlementId(),
                p.personId(), month, LineType.SUPPLEMENTARY, p.ageBand(), municipality, p.cents(), LineStatus.PAYABLE,
                null, programme)).toList();
    }

    public String id() {
        return id;
    }

    public String programme() {
        return programme;
    }

    public String municipality() {
        return municipality;
    }

    public List<SupplementaryPerson> persons() {
        return List.copyOf(persons);
    }

    public ApplicationStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<DecisionReason> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> grounds() {
        return Optional.ofNullable(grounds);
    }

    public Optional<YearMonth> paymentMonth() {
        return Optional.ofNullable(paymentMonth).map(YearMonth::parse);
    }
}

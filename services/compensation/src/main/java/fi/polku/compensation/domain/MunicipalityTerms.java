package fi.polku.compensation.domain;

import fi.polku.events.placement.AgreementChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A municipality's placement agreement and integration programme, as placement last told us: both must be in
 * force on a month's first day for that month to be paid.
 */
public class MunicipalityTerms {

    private String municipality;
    private LocalDate agreementValidFrom;
    private LocalDate agreementValidTo;
    private LocalDate programmeValidFrom;
    private LocalDate programmeValidTo;
    private Instant changedAt;

    private MunicipalityTerms() {
        // for the store
    }

    public static MunicipalityTerms from(AgreementChanged agreement, Instant changedAt) {
        MunicipalityTerms terms = new MunicipalityTerms();
        terms.municipality = agreement.municipality();
        terms.take(agreement, changedAt);
        return terms;
    }

    /**
     * Takes the agreement as it now stands, unless what we hold is newer (events of different partitions or a
     * replay may arrive out of order): the last writer by event time wins. Returns whether anything changed.
     */
    public boolean change(AgreementChanged agreement, Instant at) {
        if (changedAt != null && at.isBefore(changedAt)) {
            return false;
        }
        take(agreement, at);
        return true;
    }

    private void take(AgreementChanged agreement, Instant at) {
        agreementValidFrom = agreement.validFrom();
        agreementValidTo = agreement.validTo();
        var programme = agreement.integrationProgramme();
        programmeValidFrom = programme == null ? null : programme.validFrom();
        programmeValidTo = programme == null ? null : programme.validTo();
        changedAt = at;
    }

    /** Why nothing is paid for {@code day}, or empty when both preconditions hold. */
    public Optional<WithholdingReason> withholdingOn(LocalDate day) {
        if (!inForce(agreementValidFrom, agreementValidTo, day)) {
            return Optional.of(WithholdingReason.NO_AGREEMENT);
        }
        if (!inForce(programmeValidFrom, programmeValidTo, day)) {
            return Optional.of(WithholdingReason.NO_INTEGRATION_PROGRAMME);
        }
        return Optional.empty();
    }

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate day) {
        return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public String municipality() {
        return municipality;
    }

    public LocalDate agreementValidFrom() {
        return agreementValidFrom;
    }

    public Optional<LocalDate> agreementValidTo() {
        return Optional.ofNullable(agreementValidTo);
    }

    public Optional<LocalDate> programmeValidFrom() {
        return Optional.ofNullable(programmeValidFrom);
    }

    public Optional<LocalDate> programmeValidTo() {
        return Optional.ofNullable(programmeValidTo);
    }

    public Instant changedAt() {
        return changedAt;
    }
}

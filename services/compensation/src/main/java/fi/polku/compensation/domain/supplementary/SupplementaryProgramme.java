package fi.polku.compensation.domain.supplementary;

import fi.polku.compensation.domain.AgeBand;

import java.time.LocalDate;

/**
 * A time-boxed programme of one-off amounts per person by age band for the refugees who arrived (had their first
 * municipality of residence) in {@code arrivalYear}, paid on the municipality's application made between
 * {@code applicationsFrom} and {@code applicationsUntil}; the age band is judged on {@code ageOn}. Data, with its
 * source, never code.
 */
public record SupplementaryProgramme(String code, int arrivalYear, LocalDate applicationsFrom,
                                     LocalDate applicationsUntil, LocalDate ageOn, long under7Cents,
                                     long sevenOrOverCents, String source) {

    public boolean openOn(LocalDate day) {
        return !day.isBefore(applicationsFrom) && !day.isAfter(applicationsUntil);
    }

    public boolean inCohort(LocalDate firstResidence) {
        return firstResidence.getYear() == arrivalYear;
    }

    public AgeBand ageBand(LocalDate birthDate) {
        return AgeBand.on(birthDate, ageOn);
    }

    public long cents(AgeBand band) {
        return band == AgeBand.UNDER_7 ? under7Cents : sevenOrOverCents;
    }
}

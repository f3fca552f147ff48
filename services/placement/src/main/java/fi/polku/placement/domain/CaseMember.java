package fi.polku.placement.domain;

import java.time.LocalDate;
import java.time.Period;

/** A person of the household as placement knows them: a pseudonymous id, a birth date and a relationship. */
public record CaseMember(String personId, LocalDate birthDate, String relationship, boolean unaccompaniedMinor) {

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}

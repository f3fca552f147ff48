package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What the calculation needs to know of a person: the age on each first of the month and where they live. */
public record Person(LocalDate birthDate, ResidenceHistory residences) {

    public Person {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(residences, "residences");
    }
}

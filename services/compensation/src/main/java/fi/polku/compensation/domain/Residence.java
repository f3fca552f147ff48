package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.util.Objects;

/** From {@code from} on, the person's municipality of residence (kotikunta) is {@code municipality}. */
public record Residence(String municipality, LocalDate from) {

    public Residence {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(from, "from");
    }
}

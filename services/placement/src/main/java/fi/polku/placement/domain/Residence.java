package fi.polku.placement.domain;

import java.time.LocalDate;

/** The household's municipality of residence (kotikunta) from a date; the history is kept, compensation follows it. */
public record Residence(String municipality, LocalDate from) {
}

package fi.polku.placement.domain;

import java.time.LocalDate;

/** The municipality's registered integration programme (kotoutumisohjelma) and its validity. */
public record IntegrationProgramme(LocalDate validFrom, LocalDate validTo) {

    public boolean inForce(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

package fi.polku.placement.domain;

import java.time.LocalDate;

/**
 * The municipality's registered integration programme (kotoutumisohjelma, Act 681/2023) and the document that
 * describes it; both are preconditions for compensation.
 */
public record IntegrationProgramme(LocalDate validFrom, LocalDate validTo, String document) {

    public boolean inForce(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

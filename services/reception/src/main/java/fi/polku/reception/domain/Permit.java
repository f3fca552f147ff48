package fi.polku.reception.domain;

import fi.polku.events.IntegrationGroup;

import java.time.LocalDate;

/** Migri's residence permit decision for one person and the integration-law group it puts them in. */
public record Permit(String personId, LocalDate decisionDate, String permitType, IntegrationGroup integrationGroup) {
}

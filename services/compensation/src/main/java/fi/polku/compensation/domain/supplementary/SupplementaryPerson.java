package fi.polku.compensation.domain.supplementary;

import fi.polku.compensation.domain.AgeBand;

/** One person of an application, with the amount the programme gives for their age band. */
public record SupplementaryPerson(String personId, String entitlementId, AgeBand ageBand, long cents) {
}

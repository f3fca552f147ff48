package fi.polku.compensation.application;

import fi.polku.compensation.domain.WithholdingReason;

import java.time.YearMonth;

/** A month of a person that was run but is withheld, and not released: what a compensation officer may release. */
public record WithheldMonth(String entitlementId, String personId, YearMonth month, String municipality,
                            WithholdingReason reason, long municipalityCents, String county, long countyCents) {
}

package fi.polku.placement.domain;

import java.util.List;

/**
 * Migri's anonymised UNHCR profile of a quota refugee family (RRF): what a municipality sees before it accepts.
 * No names: the full personal data follows acceptance, separately.
 */
public record QuotaProfile(String unhcrReference, List<String> education, List<String> workHistory,
                           String healthSummaryCode) {
}

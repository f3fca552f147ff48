package fi.polku.compensation.domain;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One month's calculated compensation for one person: the municipality of residence on the first day gets its
 * share, that municipality's wellbeing services county (if any) its own.
 */
public record MonthlyLine(YearMonth month, String municipality, AgeBand ageBand, long municipalityCents,
                          String county, long countyCents, LineStatus status, WithholdingReason reason) {

    public boolean payable() {
        return status == LineStatus.PAYABLE;
    }

    public Optional<String> countyName() {
        return Optional.ofNullable(county);
    }
}

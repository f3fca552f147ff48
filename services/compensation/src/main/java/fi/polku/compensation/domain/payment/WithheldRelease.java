package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.WithholdingReason;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A compensation officer's decision to pay a withheld month to the municipality it was withheld from: who decided,
 * when and on what grounds. The next payment run pays it as an adjustment. Releases are never changed or removed.
 */
public class WithheldRelease {

    private String id;
    private String entitlementId;
    private String personId;
    private String month;
    private String municipality;
    private WithholdingReason withheldFor;
    private String releasedBy;
    private String grounds;
    private Instant releasedAt;

    private WithheldRelease() {
        // for the store
    }

    /** One release per person, month and municipality: releasing twice finds the first. */
    public static String idFor(String entitlementId, YearMonth month, String municipality) {
        return UUID.nameUUIDFromBytes(("release:" + entitlementId + ":" + month + ":" + municipality)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static WithheldRelease of(String entitlementId, String personId, YearMonth month, String municipality,
                                     WithholdingReason withheldFor, String releasedBy, String grounds,
                                     Instant releasedAt) {
        WithheldRelease release = new WithheldRelease();
        release.id = idFor(entitlementId, month, municipality);
        release.entitlementId = entitlementId;
        release.personId = personId;
        release.month = month.toString();
        release.municipality = municipality;
        release.withheldFor = withheldFor;
        release.releasedBy = releasedBy;
        release.grounds = grounds;
        release.releasedAt = releasedAt.truncatedTo(ChronoUnit.MILLIS);
        return release;
    }

    public ReleasedMonth releasedMonth() {
        return new ReleasedMonth(month(), municipality);
    }

    public String id() {
        return id;
    }

    public String entitlementId() {
        return entitlementId;
    }

    public String personId() {
        return personId;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public String municipality() {
        return municipality;
    }

    public WithholdingReason withheldFor() {
        return withheldFor;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public String grounds() {
        return grounds;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}

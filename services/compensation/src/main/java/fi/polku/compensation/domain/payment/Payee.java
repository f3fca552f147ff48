package fi.polku.compensation.domain.payment;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * The recipient of one payment proposal: a municipality by its code, or a wellbeing services county as the
 * municipality register names it ("Helsingin kaupunki" for Helsinki, which organises its own services).
 */
public record Payee(PayeeKind kind, String id) implements Comparable<Payee> {

    private static final Comparator<Payee> ORDER = Comparator.comparing(Payee::kind).thenComparing(Payee::id);

    public Payee {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A payee needs an id");
        }
    }

    public static Payee municipality(String code) {
        return new Payee(PayeeKind.MUNICIPALITY, code);
    }

    public static Payee county(String county) {
        return new Payee(PayeeKind.WELLBEING_COUNTY, county);
    }

    /** The id of this payee's proposal in the run of {@code month}: the same run always gives the same id. */
    public String proposalId(YearMonth month) {
        return UUID.nameUUIDFromBytes(("payment-proposal:" + month + ":" + kind + ":" + id)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean isMunicipality(String code) {
        return kind == PayeeKind.MUNICIPALITY && id.equals(code);
    }

    @Override
    public int compareTo(Payee other) {
        return ORDER.compare(this, other);
    }
}

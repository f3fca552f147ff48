package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.LineStatus;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what should have been paid with what was paid, person-month-payee by person-month-payee, and gives the
 * lines that make them equal: the run's own month as a calculated line, every earlier month that differs as an
 * adjustment (positive or negative), and each newly withheld month listed as withheld with its reason.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    public static List<PaymentLine> lines(YearMonth runMonth, String entitlementId, String personId, List<Due> dues,
                                          LedgerAccount account) {
        Map<LedgerKey, Due> due = dues.stream().collect(Collectors.toMap(Due::key, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("Two dues for " + a.key());
                }, TreeMap::new));
        TreeSet<LedgerKey> keys = new TreeSet<>(due.keySet());
        keys.addAll(account.keys());
        List<PaymentLine> lines = new ArrayList<>();
        for (LedgerKey key : keys) {
            if (key.month().isAfter(runMonth)) {
                continue;
            }
            Due d = due.get(key);
            LineType type = key.month().equals(runMonth) ? LineType.CALCULATED : LineType.ADJUSTMENT;
            String municipality = d != null ? d.municipality() : account.municipality(key);
            var band = d != null ? d.ageBand() : null;
            long shouldHavePaid = d == null ? 0 : d.payableCents();
            long paid = account.paid(key);
            boolean corrected = shouldHavePaid != paid;
            if (corrected) {
                lines.add(new PaymentLine(key.payee(), entitlementId, personId, key.month(), type, band,
                        municipality, shouldHavePaid - paid, LineStatus.PAYABLE, null, null));
            }
            long listed = corrected ? 0 : account.held(key);
            if (d != null && d.withheld() && d.cents() > 0 && listed != d.cents()) {
                lines.add(new PaymentLine(key.payee(), entitlementId, personId, key.month(), type, band,
                        municipality, d.cents(), LineStatus.WITHHELD, d.withheldFor(), null));
            }
        }
        return lines;
    }
}

package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.domain.payment.AccountSegment;
import fi.polku.compensation.domain.payment.LedgerAccount;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PayeeKind;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger account as one compact string, segment after segment ({@code from,to,kind,payee,municipality,paid,held}
 * separated by {@code ;}): a run stores one per person, and one string per person is far cheaper to write and read
 * than a nested document per segment.
 */
final class AccountCodec {

    private AccountCodec() {
    }

    static String encode(LedgerAccount account) {
        StringBuilder out = new StringBuilder();
        for (AccountSegment s : account.segments()) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(s.from()).append(',').append(s.to()).append(',')
                    .append(s.payee().kind() == PayeeKind.MUNICIPALITY ? 'M' : 'C').append(',')
                    .append(plain(s.payee().id())).append(',')
                    .append(s.municipality() == null ? "" : plain(s.municipality())).append(',')
                    .append(s.paidCents()).append(',').append(s.heldCents());
        }
        return out.toString();
    }

    static LedgerAccount decode(String text) {
        if (text == null || text.isEmpty()) {
            return LedgerAccount.empty();
        }
        List<AccountSegment> segments = new ArrayList<>();
        for (String segment : text.split(";")) {
            String[] f = segment.split(",", -1);
            if (f.length != 7) {
                throw new IllegalStateException("Malformed ledger account segment: " + segment);
            }
            Payee payee = new Payee("M".equals(f[2]) ? PayeeKind.MUNICIPALITY : PayeeKind.WELLBEING_COUNTY, f[3]);
            segments.add(new AccountSegment(YearMonth.parse(f[0]), YearMonth.parse(f[1]), payee,
                    f[4].isEmpty() ? null : f[4], Long.parseLong(f[5]), Long.parseLong(f[6])));
        }
        return LedgerAccount.of(segments);
    }

    private static String plain(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf(';') >= 0) {
            throw new IllegalArgumentException("A payee or municipality may not contain ',' or ';': " + value);
        }
        return value;
    }
}

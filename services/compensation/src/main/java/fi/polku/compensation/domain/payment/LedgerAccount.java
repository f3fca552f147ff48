package fi.polku.compensation.domain.payment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one entitlement has been paid so far, per month and payee: the sum of its calculated and adjustment lines in
 * completed runs, and what was last listed as withheld. It is the ledger's balance, folded line by line from lines
 * that never change, and carried from run to run so that a run compares with it instead of re-reading every line.
 */
public final class LedgerAccount {

    /** One person-month-payee: paid so far, and the amount last listed as withheld (0 once something was paid). */
    public record Entry(String municipality, long paidCents, long heldCents) {
    }

    private static final LedgerAccount EMPTY = new LedgerAccount(new TreeMap<>());

    private final NavigableMap<LedgerKey, Entry> entries;

    private LedgerAccount(NavigableMap<LedgerKey, Entry> entries) {
        this.entries = entries;
    }

    public static LedgerAccount empty() {
        return EMPTY;
    }

    public static LedgerAccount of(List<AccountSegment> segments) {
        NavigableMap<LedgerKey, Entry> entries = new TreeMap<>();
        for (AccountSegment s : segments) {
            for (YearMonth m = s.from(); !m.isAfter(s.to()); m = m.plusMonths(1)) {
                if (entries.put(new LedgerKey(m, s.payee()), new Entry(s.municipality(), s.paidCents(),
                        s.heldCents())) != null) {
                    throw new IllegalArgumentException("Overlapping account segments at " + m + " " + s.payee());
                }
            }
        }
        return new LedgerAccount(entries);
    }

    /** The account after {@code lines}: payable lines add to what was paid, withheld lines record what is held. */
    public LedgerAccount with(List<PaymentLine> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        NavigableMap<LedgerKey, Entry> next = new TreeMap<>(entries);
        for (PaymentLine line : lines) {
            if (line.type() != LineType.CALCULATED && line.type() != LineType.ADJUSTMENT) {
                continue; // claims and supplementary amounts are one-off: they are not owed month by month
            }
            LedgerKey key = new LedgerKey(line.month(), line.payee());
            Entry before = next.getOrDefault(key, new Entry(line.municipality(), 0, 0));
            Entry after = line.payable()
                    ? new Entry(line.municipality(), before.paidCents() + line.cents(), 0)
                    : new Entry(line.municipality(), before.paidCents(), line.cents());
            next.put(key, after);
        }
        return new LedgerAccount(next);
    }

    public long paid(LedgerKey key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.paidCents();
    }

    public long held(LedgerKey key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.heldCents();
    }

    public String municipality(LedgerKey key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.municipality();
    }

    public Set<LedgerKey> keys() {
        return entries.keySet();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long totalPaidCents() {
        return entries.values().stream().mapToLong(Entry::paidCents).sum();
    }

    /** The account as runs of alike consecutive months per payee, payees in order. */
    public List<AccountSegment> segments() {
        List<Map.Entry<LedgerKey, Entry>> byPayee = new ArrayList<>(entries.entrySet());
        byPayee.sort(Comparator.comparing((Map.Entry<LedgerKey, Entry> e) -> e.getKey().payee())
                .thenComparing(e -> e.getKey().month()));
        List<AccountSegment> segments = new ArrayList<>();
        AccountSegment open = null;
        for (Map.Entry<LedgerKey, Entry> e : byPayee) {
            LedgerKey k = e.getKey();
            Entry v = e.getValue();
            if (open != null && open.payee().equals(k.payee()) && open.to().plusMonths(1).equals(k.month())
                    && java.util.Objects.equals(open.municipality(), v.municipality())
                    && open.paidCents() == v.paidCents() && open.heldCents() == v.heldCents()) {
                open = new AccountSegment(open.from(), k.month(), open.payee(), open.municipality(),
                        open.paidCents(), open.heldCents());
            } else {
                if (open != null) {
                    segments.add(open);
                }
                open = new AccountSegment(k.month(), k.month(), k.payee(), v.municipality(), v.paidCents(),
                        v.heldCents());
            }
        }
        if (open != null) {
            segments.add(open);
        }
        return segments;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerAccount other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "LedgerAccount" + segments();
    }
}

package fi.polku.compensation.application;

import fi.polku.compensation.domain.WithholdingReason;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.WithheldTotal;
import fi.polku.kit.metrics.StoredGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Payments per month, from the completed payment runs of the last twelve months: cents and lines payable and
 * withheld ({@code polku.compensation.payment.cents}, {@code polku.compensation.payment.lines}), and withheld lines
 * by reason. Counted from the stored runs on the kit's refresh schedule, so a run repeated for the same month is
 * counted once. The month is the only time tag, and at most twelve of them are exported.
 */
public class PaymentMetrics implements StoredGauges {

    static final int MONTHS = 12;

    private final PaymentRunQueries runs;
    private final MultiGauge cents;
    private final MultiGauge lines;
    private final MultiGauge withheldLines;

    public PaymentMetrics(PaymentRunQueries runs, MeterRegistry meters) {
        this.runs = runs;
        this.cents = MultiGauge.builder("polku.compensation.payment.cents")
                .description("Cents of the month's payment run, payable or withheld").register(meters);
        this.lines = MultiGauge.builder("polku.compensation.payment.lines")
                .description("Lines of the month's payment run, payable or withheld").register(meters);
        this.withheldLines = MultiGauge.builder("polku.compensation.payment.withheld.lines")
                .description("Withheld lines of the month's payment run by reason").register(meters);
    }

    @Override
    public void refresh() {
        List<PaymentRun> recent = runs.recentCompleted(MONTHS);
        List<MultiGauge.Row<?>> centRows = new ArrayList<>();
        List<MultiGauge.Row<?>> lineRows = new ArrayList<>();
        List<MultiGauge.Row<?>> reasonRows = new ArrayList<>();
        for (PaymentRun run : recent) {
            String month = run.month().toString();
            centRows.add(MultiGauge.Row.of(Tags.of("month", month, "kind", "payable"), run.payableCents()));
            centRows.add(MultiGauge.Row.of(Tags.of("month", month, "kind", "withheld"), run.withheldCents()));
            lineRows.add(MultiGauge.Row.of(Tags.of("month", month, "kind", "payable"),
                    run.proposals().stream().mapToInt(p -> p.lineCount() - p.withheldLineCount()).sum()));
            lineRows.add(MultiGauge.Row.of(Tags.of("month", month, "kind", "withheld"),
                    run.withheld().stream().mapToInt(WithheldTotal::lineCount).sum()));
            // every reason, zero included: a reason that appears later then has a history to compare with
            Map<WithholdingReason, Integer> byReason = new EnumMap<>(WithholdingReason.class);
            for (WithholdingReason reason : WithholdingReason.values()) {
                byReason.put(reason, 0);
            }
            run.withheld().forEach(w -> byReason.merge(w.reason(), w.lineCount(), Integer::sum));
            byReason.forEach((reason, count) ->
                    reasonRows.add(MultiGauge.Row.of(Tags.of("month", month, "reason", reason.name()), count)));
        }
        cents.register(centRows, true);
        lines.register(lineRows, true);
        withheldLines.register(reasonRows, true);
    }
}

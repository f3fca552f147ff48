package fi.polku.compensation.application;

import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.WithholdingReason;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.RunTally;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentMetricsTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    final List<PaymentRun> runs = new ArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PaymentMetrics metrics = new PaymentMetrics(new Runs(), meters);

    @Test
    void eachCompletedMonthShowsWhatIsPayableAndWhatIsWithheldByReason() {
        runs.add(run(YearMonth.of(2026, 3), 16292, 2875));
        runs.add(PaymentRun.start(YearMonth.of(2026, 4), "officer@keha", T, null)); // still running: not counted

        metrics.refresh();

        assertThat(gauge("polku.compensation.payment.cents", "2026-03", "kind", "payable")).isEqualTo(16292);
        assertThat(gauge("polku.compensation.payment.cents", "2026-03", "kind", "withheld")).isEqualTo(2875);
        assertThat(gauge("polku.compensation.payment.lines", "2026-03", "kind", "payable")).isEqualTo(1);
        assertThat(gauge("polku.compensation.payment.lines", "2026-03", "kind", "withheld")).isEqualTo(1);
        assertThat(gauge("polku.compensation.payment.withheld.lines", "2026-03", "reason", "NO_AGREEMENT")).isEqualTo(1);
        // every reason has a series, zero where nothing is withheld for it
        assertThat(meters.find("polku.compensation.payment.withheld.lines").gauges())
                .hasSize(WithholdingReason.values().length);
        assertThat(meters.find("polku.compensation.payment.cents").tag("month", "2026-04").gauges()).isEmpty();
    }

    @Test
    void onlyTheLastTwelveMonthsAreExported() {
        for (int m = 1; m <= 14; m++) {
            runs.add(0, run(YearMonth.of(2025, 1).plusMonths(m), 100, 0)); // latest first, as the store answers
        }
        metrics.refresh();
        assertThat(meters.find("polku.compensation.payment.cents").tag("kind", "payable").gauges()).hasSize(12);
        assertThat(meters.find("polku.compensation.payment.cents").tag("month", "2025-02").gauges()).isEmpty();
    }

    private double gauge(String name, String month, String key, String value) {
        return meters.get(name).tag("month", month).tag(key, value).gauge().value();
    }

    static PaymentRun run(YearMonth month, long payable, long withheld) {
        PaymentRun run = PaymentRun.start(month, "officer@keha", T, null);
        RunTally tally = new RunTally(month);
        tally.add(line(month, Payee.municipality("091"), payable, null));
        if (withheld > 0) {
            tally.add(line(month, Payee.municipality("564"), withheld, WithholdingReason.NO_AGREEMENT));
        }
        run.complete(T, 2, 1, tally.proposals(), tally.withheld());
        return run;
    }

    static PaymentLine line(YearMonth month, Payee payee, long cents, WithholdingReason reason) {
        return new PaymentLine(payee, "e", "p", month, LineType.CALCULATED, null, payee.id(), cents,
                reason == null ? LineStatus.PAYABLE : LineStatus.WITHHELD, reason, null);
    }

    final class Runs implements PaymentRunQueries {
        @Override
        public Optional<PaymentRun> latest() {
            return runs.stream().findFirst();
        }

        @Override
        public Optional<PaymentRun> latestCompletedBefore(YearMonth month) {
            return Optional.empty();
        }

        @Override
        public List<PaymentRun> completedIn(int year) {
            return List.of();
        }

        @Override
        public List<PaymentRun> all() {
            return runs;
        }
    }
}

package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.WithholdingReason;
import fi.polku.events.EventCodec;
import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.kit.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentRunTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theRunOfAMonthHasOneIdForever() {
        assertThat(PaymentRun.idFor(YearMonth.of(2026, 3))).isEqualTo(PaymentRun.idFor(YearMonth.of(2026, 3)))
                .isNotEqualTo(PaymentRun.idFor(YearMonth.of(2026, 4)));
        assertThat(Payee.municipality("091").proposalId(YearMonth.of(2026, 3)))
                .isEqualTo(Payee.municipality("091").proposalId(YearMonth.of(2026, 3)))
                .isNotEqualTo(Payee.county("Helsingin kaupunki").proposalId(YearMonth.of(2026, 3)));
    }

    @Test
    void completingAnnouncesTheRunAndEachMunicipalitysWithheldLinesWithinTheirSchemas() {
        PaymentRun run = PaymentRun.start(YearMonth.of(2026, 3), "officer@keha", T, null);
        RunTally tally = new RunTally(YearMonth.of(2026, 3));
        tally.add(line(Payee.municipality("091"), LineType.CALCULATED, 16292, null));
        tally.add(line(Payee.municipality("091"), LineType.ADJUSTMENT, -16292, null));
        tally.add(line(Payee.county("Helsingin kaupunki"), LineType.CALCULATED, 2875, null));
        tally.add(line(Payee.municipality("564"), LineType.CALCULATED, 16292, WithholdingReason.NO_AGREEMENT));
        tally.add(line(Payee.county("Pohjois-Pohjanmaan hyvinvointialue"), LineType.CALCULATED, 2875,
                WithholdingReason.NO_AGREEMENT));
        tally.nextBatch(Payee.municipality("091"));

        List<PolkuEvent> events = run.complete(T.plusSeconds(5), 3, 1, tally.proposals(), tally.withheld());

        EventCodec codec = new EventCodec("/polku/compensation");
        events.forEach(e -> codec.encode(UUID.randomUUID(), T, e)); // throws on a schema violation
        PaymentRunCompleted completed = (PaymentRunCompleted) events.get(0);
        assertThat(completed.payableCents()).isEqualTo(2875);
        assertThat(completed.withheldCents()).isEqualTo(16292 + 2875);
        assertThat(completed.proposals()).hasSize(4);
        assertThat(events.subList(1, events.size())).containsExactly(new PaymentWithheld(run.id(), "2026-03", "564",
                "no-agreement", 2, 16292 + 2875, WithholdingReason.NO_AGREEMENT.howToRelease()));
        assertThat(run.proposal(Payee.municipality("091").proposalId(YearMonth.of(2026, 3)))).get()
                .satisfies(p -> {
                    assertThat(p.lineCount()).isEqualTo(2);
                    assertThat(p.payable().calculatedCents()).isEqualTo(16292);
                    assertThat(p.payable().adjustmentCents()).isEqualTo(-16292);
                    assertThat(p.batchCount()).isEqualTo(1);
                });
        assertThatThrownBy(() -> run.complete(T, 0, 0, List.of(), List.of())).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aRunWhoseRunnerDisappearedMayBeTakenOverAfterTheLease() {
        PaymentRun run = PaymentRun.start(YearMonth.of(2026, 3), "officer@keha", T, null);
        assertThat(run.abandoned(T.plus(Duration.ofMinutes(14)), Duration.ofMinutes(15))).isFalse();
        assertThat(run.abandoned(T.plus(Duration.ofMinutes(16)), Duration.ofMinutes(15))).isTrue();
        run.restart("other@keha", T.plus(Duration.ofMinutes(16)), "prev");
        assertThat(run.attempts()).isEqualTo(2);
        assertThat(run.previousRunId()).contains("prev");
        // a runner that failed says so: the run may be started again at once
        assertThat(run.abandoned(T.plus(Duration.ofMinutes(17)), Duration.ofMinutes(15))).isFalse();
        run.interrupt();
        assertThat(run.abandoned(T.plus(Duration.ofMinutes(17)), Duration.ofMinutes(15))).isTrue();
    }

    static PaymentLine line(Payee payee, LineType type, long cents, WithholdingReason reason) {
        String municipality = payee.kind() == PayeeKind.MUNICIPALITY ? payee.id()
                : payee.id().startsWith("Helsin") ? "091" : "564";
        return new PaymentLine(payee, "e", "p", YearMonth.of(2026, 3), type, null, municipality, cents,
                reason == null ? fi.polku.compensation.domain.LineStatus.PAYABLE
                        : fi.polku.compensation.domain.LineStatus.WITHHELD, reason, null);
    }
}

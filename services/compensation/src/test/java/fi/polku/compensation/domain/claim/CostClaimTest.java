package fi.polku.compensation.domain.claim;

import fi.polku.events.compensation.DecisionReason;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.events.EventCodec;
import fi.polku.events.compensation.ClaimDecided;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostClaimTest {

    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void anApprovedClaimIsPaidOnceAsAClaimLineOfTheClaimingMunicipality() {
        CostClaim claim = claim();
        ClaimDecided decided = claim.approve(40_000, "officer@keha", DecisionReason.PARTLY_ELIGIBLE, "Invoices checked", T);
        assertThat(decided).isEqualTo(new ClaimDecided("c-1", "091", "p-1", "INTERPRETING", "APPROVED", 50_000,
                40_000, DecisionReason.PARTLY_ELIGIBLE));
        // what is published must satisfy the schema
        new EventCodec("/polku/compensation").encode(UUID.randomUUID(), T, decided);
        assertThat(claim.awaitingPayment()).isTrue();

        claim.payIn("run-1", YearMonth.of(2026, 3));
        claim.payIn("run-1", YearMonth.of(2026, 3)); // the same run started again
        assertThat(claim.awaitingPayment()).isFalse();
        assertThat(claim.line()).satisfies(l -> {
            assertThat(l.payee()).isEqualTo(Payee.municipality("091"));
            assertThat(l.type()).isEqualTo(LineType.CLAIM);
            assertThat(l.cents()).isEqualTo(40_000);
            assertThat(l.status()).isEqualTo(LineStatus.PAYABLE);
            assertThat(l.month()).isEqualTo(YearMonth.of(2026, 3));
            assertThat(l.reference()).isEqualTo("c-1");
        });
        assertThatThrownBy(() -> claim.payIn("run-2", YearMonth.of(2026, 4))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aClaimIsDecidedOnceAndNeverForMoreThanWasClaimed() {
        assertThatThrownBy(() -> claim().approve(50_001, "o", DecisionReason.OTHER, "too much", T)).isInstanceOf(InvalidInput.class);
        CostClaim rejected = claim();
        assertThat(rejected.reject("o", DecisionReason.NOT_EVIDENCED, "No invoices", T).approvedCents()).isZero();
        assertThatThrownBy(() -> rejected.approve(1, "o", DecisionReason.OTHER, null, T))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).rule()).isEqualTo("claim-already-decided"));
        assertThatThrownBy(() -> rejected.payIn("run-1", YearMonth.of(2026, 3))).isInstanceOf(DomainRuleViolation.class);
    }

    static CostClaim claim() {
        return CostClaim.submit("c-1", new ClaimedCosts("091", "p-1", ClaimType.INTERPRETING,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 50_000), "e-1", "INV-1", "officer@091", T);
    }
}

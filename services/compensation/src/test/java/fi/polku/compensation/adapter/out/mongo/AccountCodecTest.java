package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.WithholdingReason;
import fi.polku.compensation.domain.payment.LedgerAccount;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PaymentLine;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountCodecTest {

    @Test
    void anAccountSurvivesItsCompactForm() {
        List<PaymentLine> lines = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 3); m.isBefore(YearMonth.of(2027, 3)); m = m.plusMonths(1)) {
            lines.add(line(Payee.municipality("091"), m, m.isBefore(YearMonth.of(2026, 3)) ? 54192 : 16292, null));
            lines.add(line(Payee.county("Helsingin kaupunki"), m, 2850, null));
        }
        lines.add(line(Payee.municipality("564"), YearMonth.of(2027, 3), 16292, WithholdingReason.NO_AGREEMENT));
        LedgerAccount account = LedgerAccount.empty().with(lines);

        String text = AccountCodec.encode(account);

        assertThat(text.split(";")).hasSize(4);
        assertThat(AccountCodec.decode(text)).isEqualTo(account);
        assertThat(AccountCodec.decode("")).isEqualTo(LedgerAccount.empty());
        assertThatThrownBy(() -> AccountCodec.decode("2025-03,2025-04,M,091")).isInstanceOf(IllegalStateException.class);
    }

    static PaymentLine line(Payee payee, YearMonth month, long cents, WithholdingReason reason) {
        return new PaymentLine(payee, "e", "p", month, LineType.CALCULATED, null, payee.id().length() == 3
                ? payee.id() : "091", cents, reason == null ? LineStatus.PAYABLE : LineStatus.WITHHELD, reason, null);
    }
}

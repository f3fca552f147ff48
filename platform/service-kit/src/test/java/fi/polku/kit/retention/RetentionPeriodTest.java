package fi.polku.kit.retention;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPeriodTest {

    @Test
    void aCaseIsDueWhenItClosedBeforeTodayInHelsinkiMinusThePeriod() {
        // 23:30 UTC on 31 December is already 1 January in Helsinki
        Clock clock = Clock.fixed(Instant.parse("2028-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(RetentionPeriod.today(clock)).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(new RetentionPeriod(Period.ofYears(2)).closedBefore(clock)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void thePeriodMustBePositive() {
        assertThatThrownBy(() -> new RetentionPeriod(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPeriod(Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPeriod(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

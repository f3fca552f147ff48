package fi.polku.compensation.domain;

import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityTermsTest {

    static final Instant T1 = Instant.parse("2025-01-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2025-02-01T10:00:00Z");

    @Test
    void theLastWriterByEventTimeWins() {
        MunicipalityTerms terms = MunicipalityTerms.from(agreement(null), T1);
        assertThat(terms.change(agreement(new IntegrationProgramme(LocalDate.of(2025, 1, 1), null)), T2)).isTrue();
        // an older event arriving late changes nothing
        assertThat(terms.change(agreement(null), T1)).isFalse();
        assertThat(terms.programmeValidFrom()).contains(LocalDate.of(2025, 1, 1));
        assertThat(terms.changedAt()).isEqualTo(T2);
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        MunicipalityTerms terms = MunicipalityTerms.from(new AgreementChanged("091", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), List.of(), true,
                new IntegrationProgramme(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 1))), T1);
        assertThat(terms.withholdingOn(LocalDate.of(2024, 12, 1))).contains(WithholdingReason.NO_AGREEMENT);
        assertThat(terms.withholdingOn(LocalDate.of(2025, 2, 1))).contains(WithholdingReason.NO_INTEGRATION_PROGRAMME);
        assertThat(terms.withholdingOn(LocalDate.of(2025, 3, 1))).isEmpty();
        assertThat(terms.withholdingOn(LocalDate.of(2025, 10, 1))).isEmpty();
        assertThat(terms.withholdingOn(LocalDate.of(2025, 11, 1))).contains(WithholdingReason.NO_INTEGRATION_PROGRAMME);
        assertThat(terms.withholdingOn(LocalDate.of(2026, 1, 1))).contains(WithholdingReason.NO_AGREEMENT);
    }

    static AgreementChanged agreement(IntegrationProgramme programme) {
        return new AgreementChanged("091", LocalDate.of(2020, 1, 1), null, List.of(), false, programme);
    }
}

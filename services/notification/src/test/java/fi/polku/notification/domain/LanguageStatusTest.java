package fi.polku.notification.domain;

import org.junit.jupiter.api.Test;

import static fi.polku.notification.domain.Language.EN;
import static fi.polku.notification.domain.Language.FI;
import static fi.polku.notification.domain.Language.SV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageStatusTest {

    @Test
    void theMajorityLanguageComesFirst() {
        assertThat(LanguageStatus.of("fi").languages()).containsExactly(FI);
        assertThat(LanguageStatus.of("sv").languages()).containsExactly(SV);
        assertThat(LanguageStatus.of("fi-sv").languages()).containsExactly(FI, SV);
        assertThat(LanguageStatus.of("sv-fi").languages()).containsExactly(SV, FI);
        assertThatThrownBy(() -> LanguageStatus.of("en")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void englishUsesTheMajorityLanguagesName() {
        var helsinki = new Municipality("091", "Helsinki", "Helsingfors", LanguageStatus.BILINGUAL_FINNISH_MAJORITY);
        var narpes = new Municipality("545", "Närpiö", "Närpes", LanguageStatus.BILINGUAL_SWEDISH_MAJORITY);
        assertThat(helsinki.name(SV)).isEqualTo("Helsingfors");
        assertThat(helsinki.name(EN)).isEqualTo("Helsinki");
        assertThat(narpes.name(FI)).isEqualTo("Närpiö");
        assertThat(narpes.name(EN)).isEqualTo("Närpes");
    }
}

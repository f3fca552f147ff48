package fi.polku.placement.domain;

import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityRegisterTest {

    final MunicipalityRegister register = CsvMunicipalities.load();

    @Test
    void holdsEveryMunicipalityAndFollowsThe2025Merge() {
        assertThat(register.existingOn(LocalDate.of(2024, 12, 31))).hasSize(309);
        assertThat(register.existingOn(LocalDate.of(2025, 1, 1))).hasSize(308);
        assertThat(register.effectiveCode("588", LocalDate.of(2024, 12, 31))).isEqualTo("588");
        assertThat(register.effectiveCode("588", LocalDate.of(2025, 1, 1))).isEqualTo("507");
        assertThat(register.exists("588", LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void knowsLanguageRegionAndCounty() {
        var helsinki = register.find("091").orElseThrow();
        assertThat(helsinki.language()).isEqualTo("fi-sv");
        assertThat(helsinki.wellbeingCounty()).isEqualTo("Helsingin kaupunki");
        assertThat(register.find("478").orElseThrow().aland()).isTrue();
        assertThat(register.codesInRegion("21")).hasSize(16);
    }
}

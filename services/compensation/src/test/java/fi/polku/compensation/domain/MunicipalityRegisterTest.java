package fi.polku.compensation.domain;

import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityRegisterTest {

    final MunicipalityRegister register = ClasspathRuleBook.load().municipalities();

    @Test
    void theMainlandWithACountyLeavesOutÅlandAndMergedMunicipalities() {
        var before = register.mainlandWithCountyOn(LocalDate.of(2024, 12, 31));
        var after = register.mainlandWithCountyOn(LocalDate.of(2025, 1, 1));
        assertThat(before).contains("091", "179", "588").doesNotContain("478").hasSize(309 - 16);
        // Pertunmaa merged into Mäntyharju on 1.1.2025
        assertThat(after).contains("091", "507").doesNotContain("588", "478").hasSize(308 - 16).isSorted();
    }
}

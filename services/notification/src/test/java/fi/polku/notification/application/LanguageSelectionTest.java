package fi.polku.notification.application;

import fi.polku.notification.adapter.out.reference.CsvMunicipalities;
import fi.polku.notification.domain.Recipient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fi.polku.notification.domain.Language.EN;
import static fi.polku.notification.domain.Language.FI;
import static fi.polku.notification.domain.Language.SV;
import static org.assertj.core.api.Assertions.assertThat;

/** Which languages a recipient is written to, against the real reference data. */
class LanguageSelectionTest {

    static final CsvMunicipalities MUNICIPALITIES = new CsvMunicipalities();

    final RecipientLanguages languages = new RecipientLanguages(MUNICIPALITIES, Map.of(
            "reception-centre", List.of(EN),
            "reception-centre:rc-vaasa", List.of(SV, EN)));

    @Test
    void theReferenceDataHoldsEveryMunicipalityOf2024() {
        assertThat(MUNICIPALITIES.size()).isEqualTo(309);
    }

    @Test
    void helsinkiIsBilingualWithAFinnishMajority() {
        assertThat(languages.of(Recipient.municipality("091"))).containsExactly(FI, SV);
    }

    @Test
    void ouluIsFinnishOnly() {
        assertThat(languages.of(Recipient.municipality("564"))).containsExactly(FI);
    }

    @Test
    void narpesIsBilingualWithASwedishMajority() {
        // the reference data (language decree 2023–2032) lists Närpes as sv-fi: Swedish first, then Finnish
        assertThat(languages.of(Recipient.municipality("545"))).containsExactly(SV, FI);
    }

    @Test
    void mariehamnIsSwedishOnly() {
        // on the mainland every Swedish-majority municipality is bilingual; monolingual Swedish ones are in Åland
        assertThat(languages.of(Recipient.municipality("478"))).containsExactly(SV);
    }

    @Test
    void receptionCentresAreWrittenToAsConfigured() {
        assertThat(languages.of(Recipient.receptionCentre("rc-oulu"))).containsExactly(EN);
        assertThat(languages.of(Recipient.receptionCentre("rc-vaasa"))).containsExactly(SV, EN);
    }

    @Test
    void whenNothingIsKnownBothNationalLanguagesAreUsed() {
        assertThat(languages.of(Recipient.municipality("999"))).containsExactly(FI, SV);
        assertThat(languages.of(new Recipient("wellbeing-county", "pohjois-pohjanmaa"))).containsExactly(FI, SV);
    }

    @Test
    void countiesAndRegionsAreWrittenToInTheLanguagesOfTheirMunicipalities() {
        assertThat(languages.of(Recipient.wellbeingCounty("pohjois-pohjanmaan-hyvinvointialue"))).containsExactly(FI);
        assertThat(languages.of(Recipient.wellbeingCounty("helsingin-kaupunki"))).containsExactly(FI, SV);
        // Ostrobothnia: more people live in its Swedish-majority municipalities
        assertThat(languages.of(Recipient.wellbeingCounty("pohjanmaan-hyvinvointialue"))).containsExactly(SV, FI);
        assertThat(languages.of(Recipient.wellbeingCounty("lansi-uudenmaan-hyvinvointialue"))).containsExactly(FI, SV);
        assertThat(languages.of(Recipient.region("17"))).containsExactly(FI);
        assertThat(languages.of(Recipient.region("21"))).containsExactly(SV);
    }

    @Test
    void everyMainlandMunicipalityHasACountyAndAlandNone() {
        assertThat(MUNICIPALITIES.all()).filteredOn(m -> "21".equals(m.regionCode()))
                .hasSize(16).allSatisfy(m -> assertThat(m.wellbeingCounty()).isEmpty());
        assertThat(MUNICIPALITIES.all()).filteredOn(m -> !"21".equals(m.regionCode()))
                .allSatisfy(m -> assertThat(m.wellbeingCounty()).isPresent());
        assertThat(MUNICIPALITIES.all().stream().flatMap(m -> m.wellbeingCounty().stream()).distinct())
                .hasSize(22);
        assertThat(MUNICIPALITIES.find("091").orElseThrow().wellbeingCounty().orElseThrow().nameSv())
                .isEqualTo("Helsingfors stad");
    }
}

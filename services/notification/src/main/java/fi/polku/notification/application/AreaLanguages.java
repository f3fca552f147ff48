package fi.polku.notification.application;

import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.LanguageStatus;
import fi.polku.notification.domain.Municipality;

import java.util.List;

/**
 * The languages of an area made of municipalities (a wellbeing services county, a region): Finnish or Swedish if
 * every municipality is, otherwise both, the majority language first. The majority is judged by the population of
 * the municipalities with each majority language; a recipient's configured languages override this.
 */
final class AreaLanguages {

    private AreaLanguages() {
    }

    static List<Language> of(List<Municipality> municipalities) {
        if (municipalities.stream().allMatch(m -> m.languageStatus() == LanguageStatus.FINNISH)) {
            return List.of(Language.FI);
        }
        if (municipalities.stream().allMatch(m -> m.languageStatus() == LanguageStatus.SWEDISH)) {
            return List.of(Language.SV);
        }
        long swedishMajority = municipalities.stream().filter(m -> m.languageStatus().languages().get(0) == Language.SV)
                .mapToLong(Municipality::population).sum();
        long finnishMajority = municipalities.stream().filter(m -> m.languageStatus().languages().get(0) == Language.FI)
                .mapToLong(Municipality::population).sum();
        return swedishMajority > finnishMajority ? List.of(Language.SV, Language.FI) : List.of(Language.FI, Language.SV);
    }
}

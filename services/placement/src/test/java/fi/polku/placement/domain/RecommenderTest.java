package fi.polku.placement.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    final Recommender recommender = new Recommender(CsvMunicipalities.load(), CsvMunicipalities.regionalAuthorities(), ScoreWeights.defaults());

    static PlacementCase family(int size, List<String> wishes, List<String> ties, List<String> languages, Needs needs) {
        List<CaseMember> members = java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> new CaseMember("p" + i, LocalDate.of(1990, 1, 1), "APPLICANT", false)).toList();
        return PlacementCase.fromApplication("c1", "h1", IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", "564",
                "17", TODAY, TODAY, members, needs, languages, ties, wishes);
    }

    static Agreement agreement(String municipality, int places, LocalDate consulted) {
        return Agreement.of(municipality, new AgreementTerms(LocalDate.of(2020, 1, 1), null,
                List.of(new ConfirmedPlaces(2026, PlaceGroup.ASYLUM, places)), List.of(), false, consulted, null));
    }

    @Test
    void theScoreShowsItsPartsAndPrefersWishesThenFamilyTiesThenPlaces() {
        var all = List.of(agreement("091", 2, null), agreement("049", 10, null), agreement("837", 50, null));
        var ranked = recommender.recommend(family(2, List.of("091"), List.of("049"), List.of("ar"), Needs.none()),
                all, TODAY);
        assertThat(ranked).extracting(Recommendation::municipality).containsExactly("091", "049", "837");
        Recommendation first = ranked.get(0);
        assertThat(first.parts()).containsEntry("wish", 40.0).containsEntry("familyTies", 0.0)
                .containsEntry("languageServices", 5.0).containsKey("placesLeft");
        assertThat(first.score()).isEqualTo(first.parts().values().stream().mapToDouble(Double::doubleValue).sum(),
                org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void hardRulesAreNeverTradedForPoints() {
        var all = List.of(agreement("091", 2, null), agreement("049", 10, null));
        // 091 is wished but has 2 places: a family of 3 is never split, so it is not a candidate at all
        var ranked = recommender.recommend(family(3, List.of("091"), List.of(), List.of("ar"), Needs.none()), all, TODAY);
        assertThat(ranked).extracting(Recommendation::municipality).containsExactly("049");
        // a municipality that refused the case is not recommended again
        PlacementCase refused = family(1, List.of(), List.of(), List.of("ar"), Needs.none());
        refused.offer("o1", "049", TODAY, Period.ofDays(14));
        refused.decline("o1", PlacementCase.DeclineReason.NO_HOUSING, TODAY);
        assertThat(recommender.recommend(refused, all, TODAY)).extracting(Recommendation::municipality)
                .containsExactly("091");
    }

    @Test
    void swedishSpeakersScoreLanguageServicesInSwedishOrBilingualMunicipalities() {
        var all = List.of(agreement("545", 20, null), agreement("837", 20, null)); // Närpes sv-fi, Tampere fi
        var ranked = recommender.recommend(family(1, List.of(), List.of(), List.of("sv"), Needs.none()), all, TODAY);
        assertThat(ranked.get(0).municipality()).isEqualTo("545");
        assertThat(ranked.get(0).parts().get("languageServices")).isEqualTo(10.0);
    }

    @Test
    void theHandlingAuthoritysOwnAreaScoresHigher() {
        var all = List.of(agreement("564", 20, null), agreement("837", 20, null)); // Oulu is in the case's region 17
        var ranked = recommender.recommend(family(1, List.of(), List.of(), List.of("ar"), Needs.none()), all, TODAY);
        assertThat(ranked.get(0).municipality()).isEqualTo("564");
        assertThat(ranked.get(0).parts().get("ownRegion")).isEqualTo(15.0);
        assertThat(ranked.get(1).parts().get("ownRegion")).isEqualTo(0.0);
    }

    @Test
    void evidentNeedsCountAgainstAnAgreementWithoutAWellbeingCountyConsultation() {
        var all = List.of(agreement("091", 20, null), agreement("049", 20, LocalDate.of(2025, 6, 1)));
        var needs = new Needs(true, false, false, false);
        var ranked = recommender.recommend(family(1, List.of(), List.of(), List.of("ar"), needs), all, TODAY);
        assertThat(ranked.get(0).municipality()).isEqualTo("049");
        assertThat(ranked.get(1).parts().get("wellbeingCountyConsultation")).isEqualTo(-15.0);
        assertThat(ranked.get(0).wellbeingCountyConsultationNeeded()).isTrue();
    }
}

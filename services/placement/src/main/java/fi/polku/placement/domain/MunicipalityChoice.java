package fi.polku.placement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first rule for choosing whom to offer a case: among municipalities whose agreement is in force and which have
 * places left for the whole household in its group this year (a family is never split), prefer the household's
 * own wishes in their order, then municipalities with family ties, then the most places left.
 */
public final class MunicipalityChoice {

    private MunicipalityChoice() {
    }

    public static Optional<String> choose(PlacementCase placementCase, List<Agreement> agreements, LocalDate today) {
        int year = today.getYear();
        PlaceGroup group = placementCase.placeGroup();
        var eligible = agreements.stream()
                .filter(a -> a.inForce(today))
                .filter(a -> a.placesLeft(year, group) >= placementCase.householdSize())
                .collect(Collectors.toMap(Agreement::municipality, Function.identity()));
        for (String wish : placementCase.wishedMunicipalities()) {
            if (eligible.containsKey(wish)) {
                return Optional.of(wish);
            }
        }
        for (String tie : placementCase.familyTiesMunicipalities()) {
            if (eligible.containsKey(tie)) {
                return Optional.of(tie);
            }
        }
        return eligible.values().stream()
                .max(Comparator.comparingInt((Agreement a) -> a.placesLeft(year, group))
                        .thenComparing(Agreement::municipality, Comparator.reverseOrder()))
                .map(Agreement::municipality);
    }
}

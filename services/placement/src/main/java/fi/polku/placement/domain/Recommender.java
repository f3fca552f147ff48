package fi.polku.placement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks the municipalities for a case by a transparent score. Hard rules are never traded for points: no agreement
 * in force, too few places in the right group (a family is never split), no family group home place for a minor,
 * no emergency cases taken, or an earlier refusal of this very case, and the municipality is not a candidate.
 */
public final class Recommender {

    static final int LARGE_MUNICIPALITY = 50_000;

    private final MunicipalityRegister register;
    private final RegionalAuthorities authorities;
    private final ScoreWeights weights;

    public Recommender(MunicipalityRegister register, RegionalAuthorities authorities, ScoreWeights weights) {
        this.register = register;
        this.authorities = authorities;
        this.weights = weights;
    }

    public List<Recommendation> recommend(PlacementCase placementCase, List<Agreement> agreements, LocalDate today) {
        int year = today.getYear();
        List<String> refused = placementCase.refusedBy();
        return agreements.stream()
                .filter(a -> a.inForce(today))
                .filter(a -> register.exists(a.municipality(), today))
                .filter(a -> !refused.contains(a.municipality()))
                .filter(a -> a.fits(placementCase, year))
                .map(a -> score(placementCase, a, year))
                .sorted(Comparator.comparingDouble(Recommendation::score).reversed()
                        .thenComparing(Recommendation::municipality))
                .toList();
    }

    private Recommendation score(PlacementCase c, Agreement a, int year) {
        Municipality municipality = register.find(a.municipality()).orElseThrow();
        Map<String, Double> parts = new LinkedHashMap<>();
        int left = a.placesLeft(year, c.placeGroup());
        parts.put("placesLeft", weights.placesLeft() * Math.min(1.0, left / (double) weights.placesForFullScore()));
        int wish = c.wishedMunicipalities().indexOf(a.municipality());
        parts.put("wish", wish < 0 ? 0.0 : weights.wish() * switch (wish) {
            case 0 -> 1.0;
            case 1 -> 0.7;
            case 2 -> 0.5;
            default -> 0.3;
        });
        parts.put("familyTies", c.familyTiesMunicipalities().contains(a.municipality()) ? weights.familyTies() : 0.0);
        parts.put("ownRegion", authorities.sameAuthority(c.region(), municipality.regionCode()) ? weights.ownRegion()
                : 0.0);
        parts.put("languageServices", weights.languageServices() * languageFit(c, municipality));
        parts.put("minorPlaces", c.unaccompaniedMinors() > 0 ? weights.minorPlaces() : 0.0);
        boolean consultationNeeded = c.needs() != null && c.needs().evidentSocialOrHealthCareNeeds();
        boolean consulted = a.terms().wellbeingCountyConsultedOn() != null;
        parts.put("wellbeingCountyConsultation", consultationNeeded && !consulted ? -weights.consultationMissing() : 0.0);
        double score = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Recommendation(a.municipality(), municipality.nameFi(), Math.round(score * 10) / 10.0, parts, left,
                consultationNeeded);
    }

    /** Swedish speakers do best in Swedish or bilingual municipalities; large ones offer more language services. */
    private static double languageFit(PlacementCase c, Municipality m) {
        boolean swedishSpeaking = c.languages().contains("sv");
        boolean swedishServices = m.language().startsWith("sv") || m.language().endsWith("sv");
        if (swedishSpeaking && swedishServices) {
            return 1.0;
        }
        return Objects.requireNonNullElse(m.population(), 0) >= LARGE_MUNICIPALITY ? 0.5 : 0.0;
    }
}

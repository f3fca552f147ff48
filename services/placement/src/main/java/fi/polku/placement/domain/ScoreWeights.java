package fi.polku.placement.domain;

/**
 * How much each part weighs in a recommendation's score. Configuration, not law: the regional authorities tune it.
 *
 * @param placesLeft          up to this many points as places remain (full at {@code placesForFullScore})
 * @param wish                the household's first wish (later wishes score less)
 * @param familyTies          relatives living in the municipality
 * @param ownRegion           the municipality lies in the area of the regional authority handling the case
 * @param languageServices    services in the household's language (Swedish) or a large municipality's wider offer
 * @param minorPlaces         family group home places for an unaccompanied minor
 * @param consultationMissing subtracted when the household's evident needs call for a wellbeing services county
 *                            consultation the agreement does not record
 */
public record ScoreWeights(double placesLeft, int placesForFullScore, double wish, double familyTies,
                           double ownRegion, double languageServices, double minorPlaces, double consultationMissing) {

    public static ScoreWeights defaults() {
        return new ScoreWeights(30, 50, 40, 25, 15, 10, 10, 15);
    }
}

package fi.polku.placement.domain;

import java.util.Map;

/**
 * A candidate municipality for a case, with its score and the parts the score is made of, so that the coordinator
 * sees why it ranks where it does.
 */
public record Recommendation(String municipality, String name, double score, Map<String, Double> parts,
                             int placesLeft, boolean wellbeingCountyConsultationNeeded) {
}

package fi.polku.events;

/**
 * What a household needs from the receiving municipality. Flags only: free-text health information never leaves
 * the reception service. Evident social or health-care needs mean the wellbeing services county must be consulted.
 */
public record Needs(boolean evidentSocialOrHealthCareNeeds, boolean accessibility, boolean largeFamily,
                    boolean unaccompaniedMinor) {

    public static Needs none() {
        return new Needs(false, false, false, false);
    }
}

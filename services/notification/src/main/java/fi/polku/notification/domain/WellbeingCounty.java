package fi.polku.notification.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A wellbeing services county (hyvinvointialue / välfärdsområde), or the City of Helsinki, which organises its own
 * social and health services. Its id is its Finnish name in lower case ASCII with hyphens, e.g.
 * {@code pohjois-pohjanmaan-hyvinvointialue} or {@code helsingin-kaupunki}.
 */
public record WellbeingCounty(String id, String nameFi, String nameSv) {

    public static WellbeingCounty named(String nameFi, String nameSv) {
        return new WellbeingCounty(idOf(nameFi), nameFi, nameSv);
    }

    /**
     * The id of the county with this Finnish name, as other services name it ("Pohjois-Pohjanmaan hyvinvointialue");
     * an id is its own id.
     */
    public static String idOf(String nameFi) {
        String ascii = Normalizer.normalize(nameFi, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public String name(Language language) {
        return language == Language.SV ? nameSv : nameFi;
    }
}

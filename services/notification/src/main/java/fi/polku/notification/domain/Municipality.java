package fi.polku.notification.domain;

/** A municipality as notification needs it: its names and its language status. */
public record Municipality(String code, String nameFi, String nameSv, LanguageStatus languageStatus) {

    /** The name in {@code language}; English uses the Finnish name, as official English texts do. */
    public String name(Language language) {
        return language == Language.SV ? nameSv : nameFi;
    }
}

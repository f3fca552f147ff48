package fi.polku.notification.domain;

/** A municipality as notification needs it: its names and its language status. */
public record Municipality(String code, String nameFi, String nameSv, LanguageStatus languageStatus) {

    /** The name in {@code language}; English uses the name in the majority language (Helsinki, but Närpes). */
    public String name(Language language) {
        return switch (language) {
            case FI -> nameFi;
            case SV -> nameSv;
            case EN -> languageStatus.languages().get(0) == Language.SV ? nameSv : nameFi;
        };
    }
}

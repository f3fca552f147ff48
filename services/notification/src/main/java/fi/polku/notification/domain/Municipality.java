package fi.polku.notification.domain;

import java.util.Optional;

/**
 * A municipality as notification needs it: its names, its language status, its region and the wellbeing services
 * county that organises its social and health services (none in Åland).
 */
public record Municipality(String code, String nameFi, String nameSv, LanguageStatus languageStatus,
                           String regionCode, WellbeingCounty county, long population) {

    public Municipality(String code, String nameFi, String nameSv, LanguageStatus languageStatus) {
        this(code, nameFi, nameSv, languageStatus, null, null, 0);
    }

    /** The name in {@code language}; English uses the name in the majority language (Helsinki, but Närpes). */
    public String name(Language language) {
        return switch (language) {
            case FI -> nameFi;
            case SV -> nameSv;
            case EN -> languageStatus.languages().get(0) == Language.SV ? nameSv : nameFi;
        };
    }

    public Optional<WellbeingCounty> wellbeingCounty() {
        return Optional.ofNullable(county);
    }
}

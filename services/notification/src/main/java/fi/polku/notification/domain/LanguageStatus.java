package fi.polku.notification.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A municipality's language status under the language decree: Finnish, Swedish, or bilingual with either majority.
 * Notifications go out in the municipality's language(s), the majority language first.
 */
public enum LanguageStatus {
    FINNISH("fi", List.of(Language.FI)),
    SWEDISH("sv", List.of(Language.SV)),
    BILINGUAL_FINNISH_MAJORITY("fi-sv", List.of(Language.FI, Language.SV)),
    BILINGUAL_SWEDISH_MAJORITY("sv-fi", List.of(Language.SV, Language.FI));

    private final String code;
    private final List<Language> languages;

    LanguageStatus(String code, List<Language> languages) {
        this.code = code;
        this.languages = languages;
    }

    /** The code used in the reference data ({@code fi}, {@code sv}, {@code fi-sv}, {@code sv-fi}). */
    public String code() {
        return code;
    }

    /** The languages a notification is written in, in the order they appear. */
    public List<Language> languages() {
        return languages;
    }

    public static LanguageStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language status " + code));
    }
}

package fi.polku.notification.application;

import fi.polku.notification.domain.Language;

import java.util.Optional;

/** The wording of notifications per language, kept as resource files rather than code so it can be revised alone. */
public interface Templates {

    Optional<String> find(Language language, String key);

    /** The text under {@code key} in {@code language}; fails if the file lacks it (a missing translation is a bug). */
    default String text(Language language, String key) {
        return find(language, key).orElseThrow(
                () -> new IllegalStateException("No " + language.code() + " template text for " + key));
    }
}

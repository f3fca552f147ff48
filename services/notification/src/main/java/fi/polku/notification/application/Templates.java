package fi.polku.notification.application;

import fi.polku.notification.domain.Language;

/** The wording of notifications per language, kept as resource files rather than code so it can be revised alone. */
public interface Templates {

    /** The text under {@code key} in {@code language}; fails if the file lacks it (a missing translation is a bug). */
    String text(Language language, String key);
}

package fi.polku.notification.domain;

/** A language a notification is written in. */
public enum Language {
    FI, SV, EN;

    /** The ISO 639-1 code, as in the template files' names and the API. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Language of(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

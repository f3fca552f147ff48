package fi.polku.notification.adapter.out.reference;

import fi.polku.notification.application.Templates;
import fi.polku.notification.domain.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Templates from {@code templates/notifications_<language>.properties} (UTF-8), all loaded at start so that a
 * missing file fails the start rather than the first notification.
 */
public class PropertiesTemplates implements Templates {

    private final Map<Language, Properties> byLanguage = new EnumMap<>(Language.class);

    public PropertiesTemplates() {
        for (Language language : Language.values()) {
            String resource = "/templates/notifications_" + language.code() + ".properties";
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing template file " + resource);
                }
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                byLanguage.put(language, texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(byLanguage.get(language).getProperty(key));
    }

    /** The keys of one language's file, so tests can check every language has every text. */
    public Set<String> keys(Language language) {
        return byLanguage.get(language).stringPropertyNames();
    }
}

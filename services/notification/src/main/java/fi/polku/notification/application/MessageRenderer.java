package fi.polku.notification.application;

import fi.polku.events.Needs;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.RenderedMessage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders a notification's subject and body from the templates, in each of the recipient's languages in order. */
public class MessageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Templates templates;
    private final Municipalities municipalities;

    public MessageRenderer(Templates templates, Municipalities municipalities) {
        this.templates = templates;
        this.municipalities = municipalities;
    }

    /** @param facts the template's named values, worded by the given language's {@link Phrases} */
    public List<RenderedMessage> render(NotificationKind kind, List<Language> languages,
                                        Function<Phrases, Map<String, String>> facts) {
        return languages.stream().map(language -> {
            Map<String, String> values = facts.apply(new Phrases(language, templates, municipalities));
            String prefix = kind.templateKey();
            return new RenderedMessage(language, fill(templates.text(language, prefix + ".subject"), values),
                    fill(templates.text(language, prefix + ".body"), values));
        }).toList();
    }

    /** Needs worded in {@code language} as the templates word them. */
    public String needs(Language language, Needs needs) {
        return new Phrases(language, templates, municipalities).needs(needs);
    }

    /**
     * The e-mail form of rendered messages: the same subjects, and instead of the body only a short text and the
     * link to the full notification behind the authenticated API. E-mail carries no ages, needs or other details.
     */
    public List<RenderedMessage> forEmail(List<RenderedMessage> messages, String link) {
        return messages.stream().map(m -> new RenderedMessage(m.language(), m.subject(),
                fill(templates.text(m.language(), "email.body"), Map.of("link", link)))).toList();
    }

    /** Replaces {@code {name}} placeholders; a placeholder without a value is a template bug and fails loudly. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("Template placeholder {" + match.group(1) + "} has no value");
            }
            return Matcher.quoteReplacement(value);
        });
    }
}

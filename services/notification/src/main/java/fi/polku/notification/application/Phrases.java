package fi.polku.notification.application;

import fi.polku.events.Needs;
import fi.polku.notification.domain.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The facts of an event worded in one language: dates, counts, needs, languages and municipality names. */
public final class Phrases {

    private final Language language;
    private final Templates templates;
    private final Municipalities municipalities;
    private final Locale locale;
    private final DateTimeFormatter dates;

    Phrases(Language language, Templates templates, Municipalities municipalities) {
        this.language = language;
        this.templates = templates;
        this.municipalities = municipalities;
        this.locale = Locale.forLanguageTag(language.code());
        this.dates = DateTimeFormatter.ofPattern(templates.text(language, "format.date"), locale);
    }

    public Language language() {
        return language;
    }

    public String text(String key) {
        return templates.text(language, key);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** "1 henkilö", "3 henkilöä": the count with the right plural form. */
    public String people(int count) {
        return text(count == 1 ? "people.one" : "people.other").replace("{count}", Integer.toString(count));
    }

    public String ages(List<Integer> ages) {
        return ages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The needs flags that are set, worded; a fixed phrase when there are none. */
    public String needs(Needs needs) {
        List<String> set = new ArrayList<>();
        if (needs.evidentSocialOrHealthCareNeeds()) {
            set.add(text("need.evidentSocialOrHealthCareNeeds"));
        }
        if (needs.accessibility()) {
            set.add(text("need.accessibility"));
        }
        if (needs.largeFamily()) {
            set.add(text("need.largeFamily"));
        }
        if (needs.unaccompaniedMinor()) {
            set.add(text("need.unaccompaniedMinor"));
        }
        return set.isEmpty() ? text("need.none") : String.join(", ", set);
    }

    /** ISO 639 codes as language names in this language ("ar" is "arabia", "arabiska", "Arabic"). */
    public String languages(List<String> codes) {
        if (codes.isEmpty()) {
            return text("languages.unknown");
        }
        return codes.stream().map(this::languageName).collect(Collectors.joining(", "));
    }

    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** "Helsinki (091)" or "Helsingfors (091)"; the bare code if the municipality is unknown. */
    public String municipality(String code) {
        return municipalities.find(code).map(m -> m.name(language) + " (" + code + ")").orElse(code);
    }

    /** The county's name in this language (Finnish in English); the id if it is unknown. */
    public String county(String id) {
        return municipalities.county(id).map(c -> c.name(language)).orElse(id);
    }

    /** Why a municipality declined an offer, worded; a reason newer than the templates is shown as its code. */
    public String declineReason(String reason) {
        return templates.find(language, "decline-reason." + reason).orElse(reason);
    }

    /** The group worded; a group newer than the templates is shown as its code rather than failing the event. */
    public String compensationGroup(String group) {
        return templates.find(language, "compensation-group." + group).orElse(group);
    }
}

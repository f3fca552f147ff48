package fi.polku.notification.application;

import fi.polku.events.Needs;
import fi.polku.notification.domain.Language;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The facts of an event worded in one language: dates, months, counts, sums of money, needs, languages, municipality
 * and county names, and the codes of reasons and decisions.
 */
public final class Phrases {

    private final Language language;
    private final Templates templates;
    private final Municipalities municipalities;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    Phrases(Language language, Templates templates, Municipalities municipalities) {
        this.language = language;
        this.templates = templates;
        this.municipalities = municipalities;
        this.locale = Locale.forLanguageTag(language.code());
        this.dates = DateTimeFormatter.ofPattern(templates.text(language, "format.date"), locale);
        this.months = DateTimeFormatter.ofPattern(templates.text(language, "format.month"), locale);
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

    /** A month given as {@code YYYY-MM}: "3/2026", "March 2026"; anything else as it came. */
    public String month(String yearMonth) {
        try {
            return months.format(YearMonth.parse(yearMonth));
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    /** "1 henkilö", "3 henkilöä": the count with the right plural form. */
    public String people(int count) {
        return text(count == 1 ? "people.one" : "people.other").replace("{count}", Integer.toString(count));
    }

    /** "1 rivi", "12 riviä": lines of a payment proposal. */
    public String lines(int count) {
        return text(count == 1 ? "lines.one" : "lines.other").replace("{count}", Integer.toString(count));
    }

    /**
     * Cents as euros in this language's way: "2 053,50 €", "−12,00 €", "€2,053.50", "-€12.00" (exact: no floating
     * point on the way; a payable sum is negative when a run recovers more than it pays).
     */
    public String euros(long cents) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String amount = new DecimalFormat("#,##0.00", symbols).format(BigDecimal.valueOf(Math.abs(cents), 2));
        String euros = text("format.euros").replace("{amount}", amount);
        return cents < 0 ? symbols.getMinusSign() + euros : euros;
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
        return worded("compensation-group.", group);
    }

    /** The type of a claim of actual costs worded; a newer type is shown as its code. */
    public String claimType(String type) {
        return worded("claim-type.", type);
    }

    /** A compensation officer's decision (approved, rejected) worded; a newer decision is shown as its code. */
    public String decision(String decision) {
        return worded("decision.", decision);
    }

    /** Why a claim or an application was decided so, worded; a reason newer than the templates is its code. */
    public String decisionReason(String reason) {
        return worded("decision-reason.", reason);
    }

    /** What a decision means for the payment, as a sentence; nothing for a decision newer than the templates. */
    public String decisionPayment(String decision) {
        return templates.find(language, "decision-payment." + decision).orElse("");
    }

    /** Why a payment run withheld lines, worded; a reason newer than the templates is shown as its code. */
    public String withholdingReason(String reason) {
        return worded("withheld-reason.", reason);
    }

    /**
     * What releases lines withheld for {@code reason}, worded; for a reason newer than the templates,
     * {@code asPublished}: the publisher's own text.
     */
    public String withholdingRelease(String reason, String asPublished) {
        return templates.find(language, "withheld-release." + reason).orElse(asPublished);
    }

    private String worded(String prefix, String code) {
        return templates.find(language, prefix + code).orElse(code);
    }
}

package fi.polku.notification.application;

import fi.polku.events.Needs;
import fi.polku.notification.adapter.out.reference.CsvMunicipalities;
import fi.polku.notification.adapter.out.reference.PropertiesTemplates;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RenderedMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static fi.polku.notification.domain.Language.EN;
import static fi.polku.notification.domain.Language.FI;
import static fi.polku.notification.domain.Language.SV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Subjects and bodies rendered from the real template files in each municipality's languages. */
class MessageRenderingTest {

    static final CsvMunicipalities MUNICIPALITIES = new CsvMunicipalities();
    static final PropertiesTemplates TEMPLATES = new PropertiesTemplates();

    final MessageRenderer renderer = new MessageRenderer(TEMPLATES, MUNICIPALITIES);
    final RecipientLanguages languages = new RecipientLanguages(MUNICIPALITIES, Map.of());

    static final Function<Phrases, Map<String, String>> OFFER = p -> Map.of(
            "offerId", "offer-1",
            "deadline", p.date(LocalDate.of(2026, 3, 15)),
            "people", p.people(3),
            "ages", p.ages(List.of(34, 31, 5)),
            "needs", p.needs(new Needs(false, true, false, false)),
            "languages", p.languages(List.of("ar", "ku")),
            "link", "/api/v1/offers/offer-1");

    private List<RenderedMessage> offerTo(String municipality) {
        return renderer.render(NotificationKind.OFFER_MADE, languages.of(Recipient.municipality(municipality)), OFFER);
    }

    @Test
    void helsinkiReadsFinnishFirstThenSwedish() {
        List<RenderedMessage> messages = offerTo("091");

        assertThat(messages).extracting(RenderedMessage::language).containsExactly(FI, SV);
        RenderedMessage fi = messages.get(0);
        assertThat(fi.subject()).isEqualTo("Kuntapaikkatarjous: vastatkaa viimeistään 15.3.2026");
        assertThat(fi.body()).contains("Kotitaloudessa on 3 henkilöä, iät 34, 31, 5.", "Tarpeet: esteetön asunto.",
                "Kielet: arabia, kurdi.", "offer-1", "/api/v1/offers/offer-1");
        RenderedMessage sv = messages.get(1);
        assertThat(sv.subject()).isEqualTo("Erbjudande om kommunplats: svara senast 15.3.2026");
        assertThat(sv.body()).contains("Hushållet har 3 personer, åldrar 34, 31, 5.", "Behov: tillgänglig bostad.",
                "Språk: arabiska, kurdiska.", "/api/v1/offers/offer-1");
    }

    @Test
    void ouluReadsFinnishOnly() {
        assertThat(offerTo("564")).extracting(RenderedMessage::language).containsExactly(FI);
    }

    @Test
    void narpesReadsSwedishFirstThenFinnish() {
        assertThat(offerTo("545")).extracting(RenderedMessage::language).containsExactly(SV, FI);
    }

    @Test
    void mariehamnReadsSwedishOnly() {
        List<RenderedMessage> messages = offerTo("478");
        assertThat(messages).extracting(RenderedMessage::language).containsExactly(SV);
        assertThat(messages.get(0).body()).contains("3 personer");
    }

    @Test
    void englishIsThereForRecipientsConfiguredWithIt() {
        RenderedMessage en = renderer.render(NotificationKind.ASSIGNED_FOR_RECEPTION_CENTRE, List.of(EN), p -> Map.of(
                "caseId", "case-1",
                "assignedOn", p.date(LocalDate.of(2026, 1, 5)),
                "municipality", p.municipality("545"))).get(0);
        assertThat(en.subject()).isEqualTo("Assignment to a municipality: Närpes (545)");
        assertThat(en.body()).contains("assigned on 5 January 2026 to the municipality Närpes (545)");
    }

    @Test
    void phrasesFollowTheLanguage() {
        Phrases fi = new Phrases(FI, TEMPLATES, MUNICIPALITIES);
        Phrases sv = new Phrases(SV, TEMPLATES, MUNICIPALITIES);
        assertThat(fi.people(1)).isEqualTo("1 henkilö");
        assertThat(sv.people(1)).isEqualTo("1 person");
        assertThat(fi.needs(Needs.none())).isEqualTo("ei erityisiä tarpeita");
        assertThat(sv.needs(new Needs(true, false, true, true))).isEqualTo(
                "uppenbara behov av social- eller hälsovård (välfärdsområdet ska höras), storfamilj, "
                        + "ensamkommande minderårig");
        assertThat(fi.municipality("091")).isEqualTo("Helsinki (091)");
        assertThat(sv.municipality("091")).isEqualTo("Helsingfors (091)");
        assertThat(fi.languages(List.of("xq"))).isEqualTo("xq");
        assertThat(fi.languages(List.of())).isEqualTo("ei tiedossa");
        assertThat(sv.compensationGroup("QUOTA")).isEqualTo("kvotflykting");
        assertThat(sv.compensationGroup("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void monthsSumsAndLinesFollowTheLanguage() {
        Phrases fi = new Phrases(FI, TEMPLATES, MUNICIPALITIES);
        Phrases sv = new Phrases(SV, TEMPLATES, MUNICIPALITIES);
        Phrases en = new Phrases(EN, TEMPLATES, MUNICIPALITIES);
        assertThat(fi.month("2026-03")).isEqualTo("3/2026");
        assertThat(en.month("2026-03")).isEqualTo("March 2026");
        assertThat(en.month("not-a-month")).isEqualTo("not-a-month");
        assertThat(fi.euros(205_350)).isEqualTo("2\u00a0053,50\u00a0€");
        assertThat(sv.euros(5)).isEqualTo("0,05\u00a0€");
        assertThat(fi.euros(-123_456)).isEqualTo("\u22121\u00a0234,56\u00a0€");
        assertThat(en.euros(123_456_789)).isEqualTo("€1,234,567.89");
        assertThat(en.euros(-1_200)).isEqualTo("-€12.00");
        assertThat(fi.lines(1)).isEqualTo("1 rivi");
        assertThat(sv.lines(2)).isEqualTo("2 rader");
        assertThat(en.lines(1)).isEqualTo("1 line");
        assertThat(en.claimType("QUOTA_ARRIVAL_PREPARATION")).isEqualTo("preparing the arrival of quota refugees");
        assertThat(sv.decision("REJECTED")).isEqualTo("avslagen");
        assertThat(en.decision("RETURNED")).isEqualTo("RETURNED");
        assertThat(en.decisionPayment("RETURNED")).isEmpty();
        assertThat(fi.county("pohjanmaan-hyvinvointialue")).isEqualTo("Pohjanmaan hyvinvointialue");
    }

    @Test
    void englishTellsAWithheldPaymentsReasonAndWhatReleasesIt() {
        RenderedMessage en = renderer.render(NotificationKind.PAYMENT_WITHHELD, List.of(EN), p -> Map.of(
                "month", p.month("2026-03"),
                "lines", p.lines(2),
                "amount", p.euros(69_000),
                "reason", p.withholdingReason("no-agreement"),
                "release", p.withholdingRelease("no-agreement", "as published"))).get(0);
        assertThat(en.subject()).isEqualTo("Compensation withheld in the payment run of March 2026");
        assertThat(en.body()).contains("2 lines, €690.00 in total",
                "Reason: the municipality had no placement agreement in force on the first day of the withheld months.",
                "How it is released: Make a placement agreement with the elinvoimakeskus",
                "a compensation officer of the KEHA Centre can release the month").doesNotContain("as published");
    }

    @Test
    void everyLanguageHasEveryText() {
        assertThat(TEMPLATES.keys(SV)).isEqualTo(TEMPLATES.keys(FI));
        assertThat(TEMPLATES.keys(EN)).isEqualTo(TEMPLATES.keys(FI));
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(TEMPLATES.keys(FI)).contains(kind.templateKey() + ".subject", kind.templateKey() + ".body");
        }
    }

    @Test
    void aPlaceholderWithoutAValueFailsLoudly() {
        assertThat(MessageRenderer.fill("{a} and {b}", Map.of("a", "1", "b", "$2"))).isEqualTo("1 and $2");
        assertThatThrownBy(() -> MessageRenderer.fill("{a} and {b}", Map.of("a", "1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{b}");
    }

    @Test
    void everyLanguageIsKnownToTheTemplates() {
        for (Language language : Language.values()) {
            assertThat(TEMPLATES.text(language, "format.date")).isNotBlank();
        }
    }

    @Test
    void everyLanguageUsesTheSamePlaceholdersInEveryText() {
        for (String key : TEMPLATES.keys(FI)) {
            var fi = placeholders(TEMPLATES.text(FI, key));
            assertThat(placeholders(TEMPLATES.text(SV, key))).as("sv " + key).isEqualTo(fi);
            assertThat(placeholders(TEMPLATES.text(EN, key))).as("en " + key).isEqualTo(fi);
        }
    }

    @Test
    void subjectsCarryNoDetailsOfTheHousehold() {
        // subjects travel in e-mail: dates (a run's month) and municipality names only, never ages, needs,
        // languages, ids or sums
        var allowed = java.util.Set.of("deadline", "municipality", "moveOutDate", "moveDate", "month");
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(allowed).as(kind.name())
                    .containsAll(placeholders(TEMPLATES.text(FI, kind.templateKey() + ".subject")));
        }
    }

    @Test
    void anEmailKeepsTheSubjectsAndOnlyALinkToTheDetails() {
        List<RenderedMessage> full = renderer.render(NotificationKind.OFFER_MADE, List.of(SV, FI), OFFER);
        List<RenderedMessage> email = renderer.forEmail(full, "https://polku.example/api/v1/inbox/n-1");

        assertThat(email).extracting(RenderedMessage::subject).containsExactlyElementsOf(
                full.stream().map(RenderedMessage::subject).toList());
        assertThat(email.get(0).body()).startsWith("Ni har ett nytt meddelande i Polku.")
                .contains("https://polku.example/api/v1/inbox/n-1").doesNotContain("34", "arabiska", "tillgänglig");
        assertThat(email.get(1).body()).startsWith("Teille on uusi ilmoitus Polussa.").contains("\n\n");
    }

    private static java.util.Set<String> placeholders(String text) {
        var matcher = java.util.regex.Pattern.compile("\\{([A-Za-z]+)}").matcher(text);
        var names = new java.util.TreeSet<String>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

package fi.polku.notification.application;

import fi.polku.events.compensation.ClaimDecided;
import fi.polku.events.compensation.DecisionReason;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentRunCompleted.Proposal;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RenderedMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fi.polku.notification.domain.NotificationKind.CLAIM_DECIDED;
import static fi.polku.notification.domain.NotificationKind.PAYMENT_PROPOSAL_READY;
import static fi.polku.notification.domain.NotificationKind.PAYMENT_WITHHELD;
import static fi.polku.notification.domain.NotificationKind.SUPPLEMENTARY_APPLICATION_DECIDED;
import static org.assertj.core.api.Assertions.assertThat;

/** What municipalities and wellbeing services counties hear from compensation, in their languages. */
class CompensationNoticesTest {

    /** Finnish and Swedish group thousands with a no-break space, and keep the euro sign with the amount. */
    static final String NBSP = "\u00a0";

    final World world = new World();
    final InMemoryNotifications store = world.notifications;

    static final Recipient OULU = Recipient.municipality("564");
    static final Recipient NARPES = Recipient.municipality("545");
    static final Recipient HELSINKI = Recipient.municipality("091");
    static final Recipient NORTH_OSTROBOTHNIA = Recipient.wellbeingCounty("pohjois-pohjanmaan-hyvinvointialue");
    static final Recipient OSTROBOTHNIA = Recipient.wellbeingCounty("pohjanmaan-hyvinvointialue");

    @Test
    void aPaymentRunTellsEveryMunicipalityAndCountyOfItsOwnProposalInItsLanguages() {
        world.compensation.paymentRunCompleted(world.event(run(
                new Proposal("prop-oulu", "MUNICIPALITY", "564", 123_456, 0, 12),
                new Proposal("prop-narpes", "MUNICIPALITY", "545", -1_200, 4_100, 3),
                new Proposal("prop-ppha", "WELLBEING_COUNTY", "Pohjois-Pohjanmaan hyvinvointialue", 45_000, 0, 12),
                new Proposal("prop-pha", "WELLBEING_COUNTY", "Pohjanmaan hyvinvointialue", 9_900, 1_000, 1))));

        Notification oulu = store.only(OULU, Channel.INBOX, PAYMENT_PROPOSAL_READY);
        assertThat(oulu.about()).isEqualTo("prop-oulu");
        assertThat(oulu.link()).contains("https://compensation.example/api/v1/compensation/payment-runs/2026-03"
                + "/proposals/prop-oulu");
        assertThat(oulu.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        assertThat(oulu.messages().get(0).subject()).isEqualTo("Maksuehdotus 3/2026 on valmis");
        assertThat(oulu.messages().get(0).body()).contains("Kuukauden 3/2026 maksuajo",
                "Maksuehdotus prop-oulu saajalle Oulu (564)", "maksetaan 1" + NBSP + "234,56" + NBSP + "€", "pidätetty 0,00" + NBSP + "€",
                "12 riviä");

        Notification narpes = store.only(NARPES, Channel.INBOX, PAYMENT_PROPOSAL_READY);
        assertThat(narpes.messages()).extracting(RenderedMessage::language).containsExactly(Language.SV, Language.FI);
        assertThat(narpes.messages().get(0).subject()).isEqualTo("Betalningsförslaget för 3/2026 är klart");
        // a run that recovers more than it pays proposes a negative sum
        assertThat(narpes.messages().get(0).body()).contains("till Närpes (545)", "att betala \u221212,00" + NBSP + "€",
                "innehållet 41,00" + NBSP + "€", "3 rader");
        assertThat(narpes.messages().get(1).body()).contains("saajalle Närpiö (545)");

        // the counties by their own names, without a link: they have no role to read proposals with yet
        Notification county = store.only(NORTH_OSTROBOTHNIA, Channel.INBOX, PAYMENT_PROPOSAL_READY);
        assertThat(county.link()).isEmpty();
        assertThat(county.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        assertThat(county.messages().get(0).body()).contains("saajalle Pohjois-Pohjanmaan hyvinvointialue",
                "450,00" + NBSP + "€");
        Notification ostrobothnia = store.only(OSTROBOTHNIA, Channel.INBOX, PAYMENT_PROPOSAL_READY);
        assertThat(ostrobothnia.messages()).extracting(RenderedMessage::language)
                .containsExactly(Language.SV, Language.FI);
        assertThat(ostrobothnia.messages().get(0).body()).contains("till Österbottens välfärdsområde", "1 rad");

        assertThat(store.all()).hasSize(4);
    }

    @Test
    void helsinkiHearsAsAMunicipalityAndAsTheOrganiserOfItsOwnServices() {
        world.compensation.paymentRunCompleted(world.event(run(
                new Proposal("prop-hki", "MUNICIPALITY", "091", 100, 0, 1),
                new Proposal("prop-hki-county", "WELLBEING_COUNTY", "Helsingin kaupunki", 50, 0, 1))));

        assertThat(store.only(HELSINKI, Channel.INBOX, PAYMENT_PROPOSAL_READY).messages())
                .extracting(RenderedMessage::language).containsExactly(Language.FI, Language.SV);
        Notification county = store.only(Recipient.wellbeingCounty("helsingin-kaupunki"), Channel.INBOX,
                PAYMENT_PROPOSAL_READY);
        assertThat(county.about()).isEqualTo("prop-hki-county");
        assertThat(county.messages().get(1).body()).contains("till Helsingfors stad");
    }

    @Test
    void aPayeeOfAnUnknownKindIsToldNothingAndAnUnknownCountyStillHearsInBothLanguages() {
        world.compensation.paymentRunCompleted(world.event(run(
                new Proposal("prop-x", "STATE_TREASURY", "x", 100, 0, 1),
                new Proposal("prop-new", "WELLBEING_COUNTY", "Uusi hyvinvointialue", 100, 0, 1))));

        Notification county = store.only(Recipient.wellbeingCounty("uusi-hyvinvointialue"), Channel.INBOX,
                PAYMENT_PROPOSAL_READY);
        assertThat(county.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI, Language.SV);
        assertThat(county.messages().get(0).body()).contains("saajalle Uusi hyvinvointialue");
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void aWithheldPaymentSaysWhyAndWhatWouldReleaseIt() {
        world.compensation.paymentWithheld(world.event(new PaymentWithheld("run-2026-03", "2026-03", "564",
                "no-agreement", 4, 205_350, "The municipality had no placement agreement in force ...")));

        Notification n = store.only(OULU, Channel.INBOX, PAYMENT_WITHHELD);
        assertThat(n.about()).isEqualTo("run-2026-03");
        assertThat(n.link()).contains("https://compensation.example/api/v1/compensation/withheld-months"
                + "?municipality=564");
        assertThat(n.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        RenderedMessage fi = n.messages().get(0);
        assertThat(fi.subject()).isEqualTo("Korvausta pidätetty maksuajossa 3/2026");
        assertThat(fi.body()).contains("4 riviä", "yhteensä 2" + NBSP + "053,50" + NBSP + "€",
                "Syy: kunnalla ei ollut pidätettyjen kuukausien ensimmäisenä päivänä voimassa sopimusta kuntaan "
                        + "osoittamisesta.",
                "Sopikaa kuntaan osoittamisesta elinvoimakeskuksen kanssa.", "seuraava maksuajo maksaa kuukauden",
                "korvauskäsittelijä voi vapauttaa kuukauden")
                // the publisher's English text is for reasons the templates do not know
                .doesNotContain("placement agreement");
    }

    @Test
    void aMissingIntegrationProgrammeIsReleasedByRegisteringItInEachLanguage() {
        world.compensation.paymentWithheld(world.event(new PaymentWithheld("run-2026-03", "2026-03", "545",
                "no-integration-programme", 1, 69_000, "Register the programme ...")));

        List<RenderedMessage> messages = store.only(NARPES, Channel.INBOX, PAYMENT_WITHHELD).messages();
        assertThat(messages).extracting(RenderedMessage::language).containsExactly(Language.SV, Language.FI);
        assertThat(messages.get(0).subject()).isEqualTo("Ersättning innehållen i utbetalningskörningen för 3/2026");
        assertThat(messages.get(0).body()).contains("1 rad", "690,00" + NBSP + "€",
                "Orsak: kommunen hade inget integrationsprogram i kraft",
                "Anta ett integrationsprogram och be livskraftscentralen registrera det.",
                "en ersättningshandläggare vid KEHA-centralen frigöra månaden");
        assertThat(messages.get(1).body()).contains("voimassa kotoutumisohjelmaa",
                "Hyväksykää kotoutumisohjelma ja pyytäkää elinvoimakeskusta kirjaamaan se.");
    }

    @Test
    void aReasonNewerThanTheTemplatesIsShownAsItsCodeWithThePublishersOwnAdvice() {
        world.compensation.paymentWithheld(world.event(new PaymentWithheld("run-2026-03", "2026-03", "564",
                "no-bank-account", 1, 100, "Record the municipality's bank account.")));

        assertThat(store.only(OULU, Channel.INBOX, PAYMENT_WITHHELD).messages().get(0).body())
                .contains("Syy: no-bank-account.", "Näin maksu vapautuu: Record the municipality's bank account.");
    }

    @Test
    void aDecidedClaimTellsTheMunicipalityTheDecisionTheSumsAndTheGrounds() {
        world.compensation.claimDecided(world.event(new ClaimDecided("claim-1", "091", "p-1", "INTERPRETING",
                "APPROVED", 150_000, 120_000, DecisionReason.PARTLY_ELIGIBLE)));
        world.compensation.claimDecided(world.event(new ClaimDecided("claim-2", "564", "p-2",
                "SPECIAL_SOCIAL_HEALTH", "REJECTED", 1_000_000, 0, DecisionReason.NOT_ELIGIBLE)));

        Notification approved = store.only(HELSINKI, Channel.INBOX, CLAIM_DECIDED);
        assertThat(approved.about()).isEqualTo("claim-1");
        assertThat(approved.link()).contains("https://compensation.example/api/v1/compensation/claims/claim-1");
        assertThat(approved.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI, Language.SV);
        RenderedMessage fi = approved.messages().get(0);
        assertThat(fi.subject()).isEqualTo("Päätös kustannusten korvaamisesta");
        assertThat(fi.body()).contains("(hakemus claim-1, tulkkauskustannukset) on ratkaistu: hyväksytty.",
                "Haettu 1" + NBSP + "500,00" + NBSP + "€, hyväksytty 1" + NBSP + "200,00" + NBSP + "€.",
                "Hyväksytty määrä maksetaan kunnalle seuraavassa maksuajossa. Perustelut: hyväksytty osittain: osa "
                        + "kustannuksista tai henkilöistä ei täytä ehtoja.");
        assertThat(approved.messages().get(1).body()).contains("tolkningskostnader) har avgjorts: godkänd.", "Motivering: delvis godkänd:",
                "Det godkända beloppet betalas till kommunen i nästa utbetalningskörning.");

        RenderedMessage rejected = store.only(OULU, Channel.INBOX, CLAIM_DECIDED).messages().get(0);
        assertThat(rejected.body()).contains("sosiaali- ja terveydenhuollon erityiskustannukset", "ratkaistu: hylätty.",
                "hyväksytty 0,00" + NBSP + "€", "Korvausta ei makseta.").doesNotContain("maksuajossa");
        // the person is the claim's business, not the message's
        assertThat(rejected.body()).doesNotContain("p-2");
    }

    @Test
    void aDecidedSupplementaryApplicationTellsTheMunicipality() {
        world.compensation.supplementaryApplicationDecided(world.event(new SupplementaryApplicationDecided("app-1",
                "AMIF-SYLVIA-2022", "545", "APPROVED", 3, 274_350, DecisionReason.ELIGIBILITY_CONFIRMED)));

        Notification n = store.only(NARPES, Channel.INBOX, SUPPLEMENTARY_APPLICATION_DECIDED);
        assertThat(n.about()).isEqualTo("app-1");
        assertThat(n.link()).contains("https://compensation.example/api/v1/compensation/supplementary-applications"
                + "/app-1");
        assertThat(n.messages()).extracting(RenderedMessage::language).containsExactly(Language.SV, Language.FI);
        assertThat(n.messages().get(0).subject()).isEqualTo("Beslut om ansökan om tilläggsersättning");
        assertThat(n.messages().get(0).body()).contains("AMIF-SYLVIA-2022 (ansökan app-1, 3 personer)",
                "avgjorts: godkänd.", "Godkänt 2" + NBSP + "743,50" + NBSP + "€.");
        assertThat(n.messages().get(1).body()).contains("lisäkorvausohjelmaan AMIF-SYLVIA-2022", "3 henkilöä",
                "ratkaistu: hyväksytty.", "Perustelut: edellytykset täyttyvät");
    }

    @Test
    void aRedeliveredRunDeliversNothingTwice() {
        var event = world.event(run(new Proposal("prop-oulu", "MUNICIPALITY", "564", 100, 0, 1),
                new Proposal("prop-ppha", "WELLBEING_COUNTY", "Pohjois-Pohjanmaan hyvinvointialue", 50, 0, 1)));
        world.compensation.paymentRunCompleted(event);
        world.compensation.paymentRunCompleted(event);
        var withheld = world.event(new PaymentWithheld("run-2026-03", "2026-03", "564", "no-agreement", 1, 100,
                "..."));
        world.compensation.paymentWithheld(withheld);
        world.compensation.paymentWithheld(withheld);

        assertThat(store.all()).extracting(Notification::kind).containsExactlyInAnyOrder(PAYMENT_PROPOSAL_READY,
                PAYMENT_PROPOSAL_READY, PAYMENT_WITHHELD);
        assertThat(store.outbox).hasSize(3);
        assertThat(world.counted("INBOX", "DELIVERED")).isEqualTo(3.0);
    }

    @Test
    void anEmailOfAProposalCarriesTheMonthButNoSums() {
        world.channels.change(OULU, new ChannelSettings.Change(null, List.of("talous@oulu.example"), null));
        world.compensation.paymentRunCompleted(world.event(run(
                new Proposal("prop-oulu", "MUNICIPALITY", "564", 123_456, 0, 12))));

        RenderedMessage email = store.only(OULU, Channel.EMAIL, PAYMENT_PROPOSAL_READY).messages().get(0);
        assertThat(email.subject()).isEqualTo("Maksuehdotus 3/2026 on valmis");
        assertThat(email.body()).contains("https://polku.example/notification/api/v1/inbox/")
                .doesNotContain("234", "prop-oulu");
    }

    static PaymentRunCompleted run(Proposal... proposals) {
        List<Proposal> all = List.of(proposals);
        return new PaymentRunCompleted("run-2026-03", "2026-03", Instant.parse("2026-03-02T08:00:00Z"),
                all.stream().mapToLong(Proposal::payableCents).sum(),
                all.stream().mapToLong(Proposal::withheldCents).sum(), all);
    }
}

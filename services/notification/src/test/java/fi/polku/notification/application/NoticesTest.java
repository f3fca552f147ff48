package fi.polku.notification.application;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RenderedMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fi.polku.notification.domain.NotificationKind.ASSIGNED_FOR_RECEPTION_CENTRE;
import static fi.polku.notification.domain.NotificationKind.CONSULTATION_REQUESTED;
import static fi.polku.notification.domain.NotificationKind.OFFER_MADE;
import static org.assertj.core.api.Assertions.assertThat;

/** Who is told what at each step, with the real templates and reference data and the stores in memory. */
class NoticesTest {

    final World world = new World();
    final InMemoryNotifications store = world.notifications;

    static final Recipient OULU = Recipient.municipality("564");
    static final Recipient HELSINKI = Recipient.municipality("091");

    @Test
    void anOfferTellsTheMunicipalityWithALinkToTheOffer() {
        world.placement.offerMade(world.event(offer("564", Needs.none())));

        Notification n = store.only(OULU, Channel.INBOX, OFFER_MADE);
        assertThat(n.about()).isEqualTo("case-1");
        assertThat(n.link()).contains("https://placement.example/api/v1/offers/offer-1");
        assertThat(n.createdAt()).isEqualTo(World.NOW);
        assertThat(n.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(n.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        assertThat(n.messages().get(0).body()).contains("1 henkilö, iät 40", "ei erityisiä tarpeita", "somali");
        assertThat(world.notifications.outbox).containsExactly(n.delivered());
        // no channels set: the inbox only, and no county without evident needs
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void evidentNeedsBringAConsultationRequestToTheCountyOfTheOfferedMunicipality() {
        Needs evident = new Needs(true, false, false, false);
        world.placement.offerMade(world.event(offer("564", evident)));
        world.placement.offerMade(world.event(offer("091", evident)));
        world.placement.offerMade(world.event(offer("545", evident)));

        Notification oulu = store.only(Recipient.wellbeingCounty("pohjois-pohjanmaan-hyvinvointialue"),
                Channel.INBOX, CONSULTATION_REQUESTED);
        assertThat(oulu.messages()).extracting(RenderedMessage::language).containsExactly(Language.FI);
        assertThat(oulu.messages().get(0).subject()).isEqualTo("Kuulemispyyntö: kuntapaikkatarjous kuntaan Oulu (564)");
        assertThat(oulu.messages().get(0).body()).contains("iät 40", "hyvinvointialuetta kuultava");
        // Helsinki organises its own social and health services
        assertThat(store.of(Recipient.wellbeingCounty("helsingin-kaupunki"), Channel.INBOX)).hasSize(1);
        // Ostrobothnia's county is bilingual, Swedish first
        assertThat(store.only(Recipient.wellbeingCounty("pohjanmaan-hyvinvointialue"), Channel.INBOX,
                CONSULTATION_REQUESTED).messages()).extracting(RenderedMessage::language)
                .containsExactly(Language.SV, Language.FI);
    }

    @Test
    void alandHasNoCountyToConsult() {
        world.placement.offerMade(world.event(offer("478", new Needs(true, false, false, false))));

        assertThat(store.all()).extracting(Notification::kind).containsExactly(OFFER_MADE);
    }

    @Test
    void aDeclinedOfferGoesBackToTheRegionsCoordinators() {
        world.placement.offerDeclined(world.event(new OfferDeclined("case-1", "offer-1", "hh-1", "564", "NO_HOUSING",
                LocalDate.of(2026, 1, 9))));

        Notification n = store.only(Recipient.region("17"), Channel.INBOX, NotificationKind.OFFER_DECLINED);
        assertThat(n.messages().get(0).subject()).isEqualTo("Tarjous hylätty: Oulu (564)");
        assertThat(n.messages().get(0).body()).contains("Syy: ei asuntoa", "9.1.2026");
        assertThat(store.of(OULU, Channel.INBOX)).isEmpty();
    }

    @Test
    void anExpiredOfferTellsTheMunicipalityAndTheCoordinators() {
        world.placement.offerExpired(world.event(new OfferExpired("case-1", "offer-1", "hh-1", "091",
                LocalDate.of(2026, 1, 19))));

        assertThat(store.only(HELSINKI, Channel.INBOX, NotificationKind.OFFER_EXPIRED).messages())
                .extracting(RenderedMessage::language).containsExactly(Language.FI, Language.SV);
        Notification coordinators = store.only(Recipient.region("01"), Channel.INBOX,
                NotificationKind.OFFER_EXPIRED_FOR_COORDINATOR);
        assertThat(coordinators.messages().get(0).body()).contains("Helsinki (091)", "19.1.2026");
    }

    @Test
    void anAssignmentTellsTheMunicipalityAndTheReceptionCentre() {
        var event = world.event(new Assigned("case-2", "hh-2", "091", "rc-oulu", LocalDate.of(2026, 1, 5)));
        world.placement.assigned(event);

        Notification centre = store.only(Recipient.receptionCentre("rc-oulu"), Channel.INBOX,
                ASSIGNED_FOR_RECEPTION_CENTRE);
        assertThat(centre.id()).isEqualTo(Notification.idFor(event.id(), Recipient.receptionCentre("rc-oulu"),
                Channel.INBOX));
        assertThat(centre.messages()).extracting(RenderedMessage::language).containsExactly(Language.EN);
        assertThat(centre.messages().get(0).subject()).isEqualTo("Assignment to a municipality: Helsinki (091)");
        assertThat(store.only(HELSINKI, Channel.INBOX, NotificationKind.ASSIGNED_TO_MUNICIPALITY)).isNotNull();
        assertThat(store.outbox).hasSize(2).allSatisfy(e ->
                assertThat(((NotificationDelivered) e).sourceEventId()).isEqualTo(event.id().toString()));
    }

    @Test
    void movesAndResidenceTellTheMunicipalities() {
        world.reception.movedOut(world.event(new MovedOut("hh-3", "rc-oulu", LocalDate.of(2026, 2, 1), "545")));
        world.reception.selfMoveReported(world.event(new SelfMoveReported("hh-4", "rc-oulu", "564",
                LocalDate.of(2026, 2, 15), IntegrationGroup.INTERNATIONAL_PROTECTION, LocalDate.of(2025, 12, 1),
                List.of(new PlacementRequested.Member("p-1", LocalDate.of(1990, 1, 1), "HEAD", false)))));
        world.placement.settled(world.event(new Settled("case-3", "hh-3", "545", LocalDate.of(2026, 2, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1)),
                new Settled.Resident("p-2", LocalDate.of(2020, 1, 1))))));
        world.placement.residenceChanged(world.event(new ResidenceChanged("case-3", "hh-3", "545", "564",
                LocalDate.of(2026, 6, 1), List.of("p-1", "p-2"))));

        Recipient narpes = Recipient.municipality("545");
        assertThat(store.only(narpes, Channel.INBOX, NotificationKind.MOVING_TO_MUNICIPALITY).messages().get(0)
                .subject()).isEqualTo("Flytt till er kommun 1.2.2026");
        assertThat(store.only(OULU, Channel.INBOX, NotificationKind.SELF_MOVE_REPORTED).messages().get(0).body())
                .contains("hh-4 (1 henkilö)", "15.2.2026");
        assertThat(store.only(narpes, Channel.INBOX, NotificationKind.SETTLED).messages().get(0).body())
                .contains("från och med 1.2.2026", "2 personer");
        assertThat(store.only(OULU, Channel.INBOX, NotificationKind.RESIDENCE_CHANGED_IN).messages().get(0).body())
                .contains("1.6.2026", "Närpiö (545)", "2 henkilöä");
        assertThat(store.only(narpes, Channel.INBOX, NotificationKind.RESIDENCE_CHANGED_OUT).messages().get(0).body())
                .contains("Uleåborg (564)");
    }

    @Test
    void anOpenedEntitlementTellsTheMunicipality() {
        world.compensation.entitlementOpened(world.event(new EntitlementOpened("ent-1", "p-1", "hh-3", "545",
                LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31), "OTHER")));

        Notification n = store.only(Recipient.municipality("545"), Channel.INBOX, NotificationKind.ENTITLEMENT_OPENED);
        assertThat(n.about()).isEqualTo("ent-1");
        assertThat(n.messages().get(1).body()).contains("1.2.2026–31.1.2028", "muu kuin kiintiöpakolainen");
    }

    @Test
    void aRecipientsChannelsGetTheirOwnNotificationsQueuedAndEmailCarriesNoDetails() {
        world.channels.change(OULU, new ChannelSettings.Change(new ChannelSettings.WebhookChange(
                "https://oulu.example/hook", World.SECRET), List.of("kirjaamo@oulu.example"), null));
        var event = world.event(offer("564", new Needs(true, true, false, false)));
        world.placement.offerMade(event);

        Notification webhook = store.only(OULU, Channel.WEBHOOK, OFFER_MADE);
        assertThat(webhook.id()).isEqualTo(Notification.idFor(event.id(), OULU, Channel.WEBHOOK));
        assertThat(webhook.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(webhook.nextAttemptAt()).contains(World.NOW);
        assertThat(webhook.messages().get(0).body()).contains("iät 40");

        Notification email = store.only(OULU, Channel.EMAIL, OFFER_MADE);
        String inboxId = Notification.idFor(event.id(), OULU, Channel.INBOX);
        assertThat(email.messages()).hasSize(1);
        assertThat(email.messages().get(0).subject()).isEqualTo("Kuntapaikkatarjous: vastatkaa viimeistään 15.3.2026");
        String link = "https://polku.example/notification/api/v1/inbox/" + inboxId;
        assertThat(email.messages().get(0).body()).contains(link);
        // the link is a random id that may hold any digits: look for the profile's facts in the rest of the text
        assertThat(email.messages().get(0).body().replace(link, ""))
                .doesNotContain("40", "esteetön", "somali", "sosiaali");
        // queued notifications publish their outcome when they are sent, not now
        assertThat(store.outbox).hasSize(2);
    }

    @Test
    void aRecipientGetsOnlyTheKindsItChoseOnItsChannelsButEverythingInItsInbox() {
        world.channels.change(OULU, new ChannelSettings.Change(null, List.of("kirjaamo@oulu.example"),
                List.of(NotificationKind.SETTLED)));
        world.placement.offerMade(world.event(offer("564", Needs.none())));

        assertThat(store.of(OULU, Channel.EMAIL)).isEmpty();
        assertThat(store.of(OULU, Channel.INBOX)).hasSize(1);
    }

    @Test
    void aRedeliveredEventDeliversNothingTwiceAndIsCountedOnce() {
        world.channels.change(HELSINKI, new ChannelSettings.Change(new ChannelSettings.WebhookChange(
                "https://hel.example/hook", World.SECRET), List.of(), null));
        var settled = world.event(new Settled("case-4", "hh-4", "091", LocalDate.of(2026, 2, 1),
                IntegrationGroup.QUOTA_REFUGEE, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1)))));
        world.placement.settled(settled);
        world.placement.settled(settled);

        assertThat(store.all()).extracting(Notification::channel).containsExactlyInAnyOrder(Channel.INBOX,
                Channel.WEBHOOK);
        assertThat(store.outbox).hasSize(1);
        assertThat(world.counted("INBOX", "DELIVERED")).isEqualTo(1.0);
    }

    @Test
    void aRevokedConsentRewordsTheHouseholdsOfferAndConsultationAndNoOtherHouseholds() {
        Needs evident = new Needs(true, false, false, false);
        world.placement.offerMade(world.event(offer("564", evident)));
        world.placement.offerMade(world.event(new OfferMade("case-2", "offer-2", "hh-2", "091", LocalDate.of(2026, 3, 15),
                new OfferMade.Profile(List.of(30), evident, List.of("so")))));
        String shared = "ilmeisiä sosiaali- tai terveydenhuollon tarpeita (hyvinvointialuetta kuultava)";

        world.consents.consentRevoked(world.event(new ConsentRevoked("hh-1", "p-1",
                List.of(ConsentRevoked.Recipient.MUNICIPALITY), LocalDate.of(2026, 3, 1))));

        Recipient county = Recipient.wellbeingCounty("pohjois-pohjanmaan-hyvinvointialue");
        for (Notification n : List.of(store.only(OULU, Channel.INBOX, OFFER_MADE),
                store.only(county, Channel.INBOX, CONSULTATION_REQUESTED))) {
            assertThat(n.messages().get(0).body()).doesNotContain(shared).contains("ei erityisiä tarpeita");
            assertThat(n.needs()).contains(Needs.none());
        }
        assertThat(store.only(HELSINKI, Channel.INBOX, OFFER_MADE).messages().get(0).body()).contains(shared);
    }

    static OfferMade offer(String municipality, Needs needs) {
        return new OfferMade("case-1", "offer-1", "hh-1", municipality, LocalDate.of(2026, 3, 15),
                new OfferMade.Profile(List.of(40), needs, List.of("so")));
    }
}

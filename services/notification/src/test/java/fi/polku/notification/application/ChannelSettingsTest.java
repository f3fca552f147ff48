package fi.polku.notification.application;

import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RecipientChannels;
import fi.polku.notification.domain.Webhook;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recipient's channels: validated, secrets sealed and never given back, kinds defaulted. */
class ChannelSettingsTest {

    static final Recipient OULU = Recipient.municipality("564");
    final World world = new World();
    final ChannelSettings settings = world.channels;

    @Test
    void theSecretIsStoredSealedAndOpensOnlyForItsRecipient() {
        RecipientChannels channels = settings.change(OULU, change("https://oulu.example/hook", World.SECRET));

        Webhook webhook = channels.webhook().orElseThrow();
        assertThat(webhook.sealedSecret()).doesNotContain(World.SECRET).startsWith("v1.");
        assertThat(webhook.toString()).doesNotContain(webhook.sealedSecret());
        assertThat(world.sealer.open(webhook.sealedSecret(), OULU.key())).isEqualTo(World.SECRET);
        assertThatThrownBy(() -> world.sealer.open(webhook.sealedSecret(), "municipality:091"))
                .isInstanceOf(SecretSealer.SecretUnreadable.class);
    }

    @Test
    void leavingOutTheSecretKeepsTheCurrentOneButANewWebhookNeedsOne() {
        assertThatThrownBy(() -> settings.change(OULU, change("https://oulu.example/hook", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("webhook.secret"));
        String sealed = settings.change(OULU, change("https://oulu.example/hook", World.SECRET)).webhook()
                .orElseThrow().sealedSecret();

        RecipientChannels moved = settings.change(OULU, change("https://oulu.example/new-hook", null));
        assertThat(moved.webhook().orElseThrow().url()).isEqualTo("https://oulu.example/new-hook");
        assertThat(moved.webhook().orElseThrow().sealedSecret()).isEqualTo(sealed);
    }

    @Test
    void webhookUrlsAndSecretsAreChecked() {
        for (String url : List.of("http://oulu.example/hook", "ftp://oulu.example", "https://user:pw@oulu.example/",
                "https://localhost/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://[::1]/hook",
                "https://169.254.169.254/latest", "not a url", "https://oulu.example/#x")) {
            assertThatThrownBy(() -> settings.change(OULU, change(url, World.SECRET))).as(url)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("webhook.url"));
        }
        assertThatThrownBy(() -> settings.change(OULU, change("https://oulu.example/hook", "too-short")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("webhook.secret"));
        assertThat(new WebhookUrlPolicy(false, true).check("http://localhost:8080/hook"))
                .isEqualTo("http://localhost:8080/hook");
    }

    @Test
    void emailAddressesAreCheckedAndKeptOnce() {
        RecipientChannels channels = settings.change(OULU, new ChannelSettings.Change(null,
                List.of(" kirjaamo@oulu.example", "KIRJAAMO@oulu.example", "maahanmuutto@oulu.example"), null));
        assertThat(channels.emails()).containsExactly("kirjaamo@oulu.example", "maahanmuutto@oulu.example");

        assertThatThrownBy(() -> settings.change(OULU, new ChannelSettings.Change(null,
                List.of("kirjaamo@oulu.example", "not-an-address"), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("emails[1]"));
    }

    @Test
    void onlyKnownRecipientsHaveChannels() {
        for (Recipient unknown : List.of(Recipient.municipality("999"), Recipient.wellbeingCounty("atlantis"),
                Recipient.region("99"), Recipient.receptionCentre("RC with spaces"), new Recipient("person", "1"))) {
            assertThatThrownBy(() -> settings.change(unknown, new ChannelSettings.Change(null, List.of(), null)))
                    .as(unknown.key()).isInstanceOf(NotFound.class);
        }
        settings.change(Recipient.wellbeingCounty("pohjanmaan-hyvinvointialue"),
                new ChannelSettings.Change(null, List.of("kirjaamo@ovph.example"), null));
        settings.change(Recipient.region("17"), new ChannelSettings.Change(null, List.of(), null));
        settings.change(Recipient.receptionCentre("rc-oulu"), new ChannelSettings.Change(null, List.of(), null));
    }

    @Test
    void kindsDefaultByRecipientKindAndCanBeChosen() {
        ChannelSettings withDefaults = new ChannelSettings(new InMemoryAggregates<>(), world.sealer,
                new WebhookUrlPolicy(true, false), World.MUNICIPALITIES,
                Map.of("municipality", EnumSet.of(NotificationKind.OFFER_MADE)), world.clock);
        withDefaults.change(OULU, new ChannelSettings.Change(null, List.of("kirjaamo@oulu.example"), null));

        assertThat(withDefaults.channelsFor(OULU, NotificationKind.OFFER_MADE)).containsExactly(Channel.EMAIL);
        assertThat(withDefaults.channelsFor(OULU, NotificationKind.SETTLED)).isEmpty();
        assertThat(withDefaults.defaultKinds(Recipient.receptionCentre("rc-oulu")))
                .isEqualTo(EnumSet.allOf(NotificationKind.class));

        withDefaults.change(OULU, new ChannelSettings.Change(null, List.of("kirjaamo@oulu.example"),
                List.of(NotificationKind.SETTLED, NotificationKind.SETTLED)));
        assertThat(withDefaults.find(OULU).orElseThrow().kinds(Set.of())).containsExactly(NotificationKind.SETTLED);
        assertThat(withDefaults.channelsFor(OULU, NotificationKind.OFFER_MADE)).isEmpty();
        assertThat(withDefaults.channelsFor(Recipient.municipality("091"), NotificationKind.OFFER_MADE)).isEmpty();
    }

    static ChannelSettings.Change change(String url, String secret) {
        return new ChannelSettings.Change(new ChannelSettings.WebhookChange(url, secret), List.of(), null);
    }
}

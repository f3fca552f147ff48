package fi.polku.notification;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.Topic;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The notification service on the shared broker and Mongo-protocol server, with topics and a database of its own,
 * a real SMTP server (GreenMail) and a real HTTP receiver for webhooks (WireMock), and short back-offs. All service
 * tests share this one configuration, so they share one application context.
 */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification")
abstract class NotificationServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String CASES = PREFIX + Topic.PLACEMENT_CASES.topicName();
    static final String COMPENSATION = PREFIX + Topic.COMPENSATION.topicName();
    static final String DELIVERIES = PREFIX + Topic.NOTIFICATION_DELIVERIES.topicName();
    static final KafkaProbe probe = KafkaProbe.shared();
    static final GreenMail SMTP = smtp();
    static final WireMockServer RECEIVER = receiver();
    static final String WEBHOOK_SECRET = "whsec-polku-test-secret-0123456789";

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("notification", RUN).forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("polku.notification.email.from", () -> "polku@polku.test");
        registry.add("polku.notification.public-api-url", () -> "https://polku.test/notification");
        registry.add("polku.notification.secret-key", () -> "dGVzdC1rZXktZm9yLW5vdGlmaWNhdGlvbi10ZXN0cyE=");
        // webhooks on this machine, over plain HTTP
        registry.add("polku.notification.webhooks.require-https", () -> "false");
        registry.add("polku.notification.webhooks.allow-private-networks", () -> "true");
        registry.add("polku.notification.webhooks.connect-timeout", () -> "500ms");
        registry.add("polku.notification.webhooks.request-timeout", () -> "1500ms");
        // a quick queue and short back-offs: 6 attempts 0.2, 0.4, 0.8, 1, 1 s apart
        registry.add("polku.notification.delivery.poll-interval", () -> "50ms");
        registry.add("polku.notification.delivery.lease", () -> "5s");
        registry.add("polku.notification.delivery.busy-delay", () -> "100ms");
        registry.add("polku.notification.offer-reminder.check-interval", () -> "200ms");
        registry.add("resilience4j.retry.configs.delivery.max-attempts", () -> "6");
        registry.add("resilience4j.retry.configs.delivery.wait-duration", () -> "200ms");
        registry.add("resilience4j.retry.configs.delivery.exponential-max-wait-duration", () -> "1s");
        registry.add("resilience4j.circuitbreaker.configs.delivery.minimum-number-of-calls", () -> "3");
        registry.add("resilience4j.circuitbreaker.configs.delivery.sliding-window-size", () -> "4");
        registry.add("resilience4j.circuitbreaker.configs.delivery.wait-duration-in-open-state", () -> "500ms");
    }

    private static GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static WireMockServer receiver() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of {@code path} on the test's webhook receiver. */
    static String receiverUrl(String path) {
        return "http://127.0.0.1:" + RECEIVER.port() + path;
    }

    ApiClient as(TestUser user) {
        return ApiClient.as("http://localhost:" + port, user);
    }

    ApiClient officer(String municipality) {
        return as(TestUser.municipalityOfficer(municipality));
    }

    ApiClient staff(String receptionCentre) {
        return as(TestUser.receptionStaff(receptionCentre));
    }

    /** Publishes {@code event} as its writer would (a binary-mode CloudEvent keyed by its subject); returns its id. */
    static UUID publish(String topic, PolkuEvent event) {
        UUID id = UUID.randomUUID();
        EventType type = EventType.of(event);
        probe.send(topic, event.subject(), ceHeaders(id, type, event.subject()),
                EventCodec.json().writeValueAsBytes(event));
        return id;
    }

    static Map<String, String> ceHeaders(UUID id, EventType type, String subject) {
        Map<String, String> h = new HashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id.toString());
        h.put("ce_type", type.typeName());
        h.put("ce_source", "/polku/" + type.topic().writer());
        h.put("ce_time", Instant.now().toString());
        h.put("ce_subject", subject);
        h.put("content-type", "application/json");
        return h;
    }
}

package fi.polku.notification.application;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.Settled;
import fi.polku.notification.adapter.out.delivery.Resilience4jEndpointGuards;
import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryOutcome;
import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static fi.polku.notification.adapter.out.delivery.Resilience4jEndpointGuards.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher over the in-memory queue with real Resilience4j guards and stand-in transports: outcomes,
 * back-off, failure, and one endpoint hanging while another is served.
 */
class DispatcherTest {

    static final Recipient HELSINKI = Recipient.municipality("091");
    static final Recipient OULU = Recipient.municipality("564");

    final World world = new World();
    final ExecutorService workers = Executors.newFixedThreadPool(8);
    final Map<String, Function<Notification, AttemptResult>> endpoints = new ConcurrentHashMap<>();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final Resilience4jEndpointGuards guards = new Resilience4jEndpointGuards(
            BulkheadRegistry.of(Map.of(CONFIG, BulkheadConfig.custom().maxConcurrentCalls(1)
                    .maxWaitDuration(Duration.ZERO).build())),
            CircuitBreakerRegistry.of(Map.of(CONFIG, CircuitBreakerConfig.custom().slidingWindowSize(4)
                    .minimumNumberOfCalls(3).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1))
                    .build())),
            RetryRegistry.of(Map.of(CONFIG, RetryConfig.custom().maxAttempts(3)
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(10), 2)).build())));
    final WebhookTransport webhook = (n, url, secret) -> {
        calls.add(url + " " + n.id());
        return endpoints.getOrDefault(url, x -> AttemptResult.delivered(200)).apply(n);
    };
    final DeliveryAttempts attempts = new DeliveryAttempts(world.notifications, webhook,
            (n, addresses) -> AttemptResult.delivered(250), guards, world.clock, world.metrics);
    final Dispatcher dispatcher = new Dispatcher(world.notifications, new DeliveryTargets(world.channels, world.sealer),
            attempts, guards, workers, world.clock, new Dispatcher.Settings(10, Duration.ofMinutes(1),
            Duration.ofSeconds(1)));

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void aDeliveryIsSentOnceAndItsOutcomePublished() {
        Notification n = queued(HELSINKI, "https://hel.example/hook");

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        await().until(() -> statusOf(n) == DeliveryStatus.DELIVERED);
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(calls).containsExactly("https://hel.example/hook " + n.id());
        assertThat(outcomes(n)).containsExactly("DELIVERED");
        assertThat(world.counted("WEBHOOK", "DELIVERED")).isEqualTo(1.0);
        assertThat(world.notifications.find(n.id()).orElseThrow().history()).singleElement()
                .satisfies(a -> assertThat(a.statusCode()).isEqualTo(200));
    }

    @Test
    void failuresAreRetriedAfterTheBackOffAndEndFailedAfterTheLastAttempt() {
        endpoints.put("https://hel.example/hook", x -> AttemptResult.retryable(503, "HTTP 503"));
        Notification n = queued(HELSINKI, "https://hel.example/hook");

        dispatchAndSettle(n, 1);
        assertThat(statusOf(n)).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(stored(n).nextAttemptAt()).contains(world.clock.instant().plusSeconds(10));
        world.clock.advance(Duration.ofSeconds(9));
        assertThat(dispatcher.dispatchDue()).as("not due before the back-off").isZero();
        world.clock.advance(Duration.ofSeconds(1));
        dispatchAndSettle(n, 2);
        assertThat(stored(n).nextAttemptAt()).contains(world.clock.instant().plusSeconds(20));
        world.clock.advance(Duration.ofSeconds(20));
        dispatchAndSettle(n, 3);

        assertThat(statusOf(n)).isEqualTo(DeliveryStatus.FAILED);
        assertThat(outcomes(n)).containsExactly("RETRYING", "RETRYING", "FAILED");
        assertThat(stored(n).history()).extracting(a -> a.statusCode()).containsExactly(503, 503, 503);
        assertThat(world.counted("WEBHOOK", "RETRYING")).isEqualTo(2.0);
        assertThat(world.counted("WEBHOOK", "FAILED")).isEqualTo(1.0);
    }

    @Test
    void aRefusedRequestFailsAtOnceAndCanBeResentWithTheSameKey() {
        endpoints.put("https://hel.example/hook", x -> AttemptResult.permanent(400, "HTTP 400"));
        Notification n = queued(HELSINKI, "https://hel.example/hook");
        dispatchAndSettle(n, 1);
        assertThat(statusOf(n)).isEqualTo(DeliveryStatus.FAILED);

        endpoints.remove("https://hel.example/hook");
        new Deliveries(world.notifications, world.notifications, world.clock).resend(n.id(), java.util.Optional.empty());
        dispatchAndSettle(n, 2);

        assertThat(statusOf(n)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(calls).containsExactly("https://hel.example/hook " + n.id(), "https://hel.example/hook " + n.id());
        assertThat(stored(n).history()).extracting(a -> a.outcome())
                .containsExactly(DeliveryOutcome.FAILED, DeliveryOutcome.DELIVERED);
    }

    @Test
    void aHangingEndpointHoldsOnlyItsOwnBulkheadWhileOthersAreServed() throws InterruptedException {
        CountDownLatch hang = new CountDownLatch(1);
        endpoints.put("https://hel.example/hook", x -> {
            try {
                hang.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AttemptResult.retryable(null, "no answer in time");
        });
        Notification stuck = queued(HELSINKI, "https://hel.example/hook");
        Notification waiting = queued(HELSINKI, "https://hel.example/hook");
        Notification other = queued(OULU, "https://oulu.example/hook");

        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(other) == DeliveryStatus.DELIVERED);

        // Helsinki's bulkhead (1 call) is taken: its second delivery waits without an attempt counted
        assertThat(statusOf(waiting)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(stored(waiting).history()).isEmpty();
        assertThat(stored(waiting).nextAttemptAt()).contains(world.clock.instant().plusSeconds(1));
        assertThat(calls).doesNotContain("https://hel.example/hook " + waiting.id());
        hang.countDown();
        await().until(() -> statusOf(stuck) == DeliveryStatus.RETRYING);
    }

    @Test
    void anOpenCircuitFailsTheAttemptWithoutCallingTheEndpoint() {
        endpoints.put("https://hel.example/hook", x -> AttemptResult.retryable(503, "HTTP 503"));
        for (int i = 0; i < 3; i++) {
            dispatchAndSettle(queued(HELSINKI, "https://hel.example/hook"), 1);
        }
        // three failures of three calls: the breaker opens, for Helsinki only
        Notification fourth = queued(HELSINKI, "https://hel.example/hook");
        dispatchAndSettle(fourth, 1);
        Notification oulu = queued(OULU, "https://oulu.example/hook");
        dispatchAndSettle(oulu, 1);

        assertThat(calls).hasSize(4).last().isEqualTo("https://oulu.example/hook " + oulu.id());
        assertThat(stored(fourth).history()).singleElement()
                .satisfies(a -> assertThat(a.error()).isEqualTo("circuit breaker open"));
        assertThat(statusOf(fourth)).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(statusOf(oulu)).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aDeliveryWhoseChannelWasRemovedFails() {
        Notification n = queued(HELSINKI, "https://hel.example/hook");
        world.channels.change(HELSINKI, new ChannelSettings.Change(null, List.of(), null));

        dispatchAndSettle(n, 1);

        assertThat(statusOf(n)).isEqualTo(DeliveryStatus.FAILED);
        assertThat(stored(n).history().get(0).error()).isEqualTo("the recipient has no webhook any more");
        assertThat(calls).isEmpty();
    }

    @Test
    void aClaimedDeliveryIsNoOneElsesUntilItsLeaseRunsOut() {
        Notification n = queued(HELSINKI, "https://hel.example/hook");
        assertThat(world.notifications.claimDue(world.clock.instant(), world.clock.instant().plusSeconds(60), 10))
                .hasSize(1);
        assertThat(dispatcher.dispatchDue()).isZero();

        // the claimant died: after the lease the delivery is sent, under the same id
        world.clock.advance(Duration.ofSeconds(60));
        dispatchAndSettle(n, 1);
        assertThat(calls).containsExactly("https://hel.example/hook " + n.id());
    }

    private Notification queued(Recipient recipient, String url) {
        world.channels.change(recipient, new ChannelSettings.Change(new ChannelSettings.WebhookChange(url,
                World.SECRET), List.of(), null));
        var event = world.event(new Settled("case-" + calls.size(), "hh-1", recipient.id(), LocalDate.of(2026, 2, 1),
                IntegrationGroup.QUOTA_REFUGEE, List.of(new Settled.Resident("p-1", LocalDate.of(1990, 1, 1)))));
        world.placement.settled(event);
        return stored(Notification.idFor(event.id(), recipient, Channel.WEBHOOK));
    }

    private void dispatchAndSettle(Notification n, int attempts) {
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(5)).until(() -> stored(n).history().size() >= attempts
                && stored(n).leaseUntil().isEmpty());
    }

    private Notification stored(Notification n) {
        return stored(n.id());
    }

    private Notification stored(String id) {
        return world.notifications.find(id).orElseThrow();
    }

    private DeliveryStatus statusOf(Notification n) {
        return stored(n).status();
    }

    private List<String> outcomes(Notification n) {
        return world.notifications.outbox.stream().filter(e -> e instanceof NotificationDelivered d
                && d.notificationId().equals(n.id())).map(e -> ((NotificationDelivered) e).outcome()).toList();
    }
}

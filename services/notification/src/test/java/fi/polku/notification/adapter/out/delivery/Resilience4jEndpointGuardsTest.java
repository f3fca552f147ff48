package fi.polku.notification.adapter.out.delivery;

import fi.polku.notification.application.EndpointGuards;
import fi.polku.notification.application.EndpointGuards.Verdict;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;

import static fi.polku.notification.adapter.out.delivery.Resilience4jEndpointGuards.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/** The back-off schedule and the per-endpoint bulkhead and circuit breaker, from Resilience4j configurations. */
class Resilience4jEndpointGuardsTest {

    final Resilience4jEndpointGuards guards = new Resilience4jEndpointGuards(
            BulkheadRegistry.of(Map.of(CONFIG, BulkheadConfig.custom().maxConcurrentCalls(2)
                    .maxWaitDuration(Duration.ZERO).build())),
            CircuitBreakerRegistry.of(Map.of(CONFIG, CircuitBreakerConfig.custom().slidingWindowSize(4)
                    .minimumNumberOfCalls(4).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1))
                    .build())),
            RetryRegistry.of(Map.of(CONFIG, RetryConfig.custom().maxAttempts(10)
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(30), 2,
                            Duration.ofHours(1))).build())));

    @Test
    void theBackOffDoublesFromThirtySecondsUpToAnHourAndStopsAfterTheLastAttempt() {
        var policy = guards.retryPolicy("municipality:091/webhook/abcd1234");
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(failed -> policy.delayAfter(failed).orElseThrow()))
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                        Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                        Duration.ofHours(1), Duration.ofHours(1));
        assertThat(policy.delayAfter(10)).as("the 10th attempt was the last").isEmpty();
    }

    @Test
    void anEndpointsBulkheadAdmitsItsShareAndNoMoreWithoutTouchingOthers() {
        EndpointGuards.Admission first = guards.admit("a");
        EndpointGuards.Admission second = guards.admit("a");
        assertThat(first.verdict()).isEqualTo(Verdict.GO);
        assertThat(second.verdict()).isEqualTo(Verdict.GO);
        assertThat(guards.admit("a").verdict()).isEqualTo(Verdict.BUSY);
        assertThat(guards.admit("b").verdict()).isEqualTo(Verdict.GO);

        first.permit().finished(Duration.ofMillis(5), false);
        assertThat(guards.admit("a").verdict()).isEqualTo(Verdict.GO);
        second.permit().cancel();
        assertThat(guards.admit("a").verdict()).isEqualTo(Verdict.GO);
    }

    @Test
    void failingCallsOpenTheEndpointsCircuitAndOnlyIts() {
        for (int i = 0; i < 4; i++) {
            guards.admit("dead").permit().finished(Duration.ofMillis(5), true);
        }
        assertThat(guards.admit("dead").verdict()).isEqualTo(Verdict.CIRCUIT_OPEN);
        assertThat(guards.admit("alive").verdict()).isEqualTo(Verdict.GO);
    }

    @Test
    void aRefusalIsNoSignOfADeadEndpoint() {
        for (int i = 0; i < 4; i++) {
            guards.admit("strict").permit().finished(Duration.ofMillis(5), false);
        }
        assertThat(guards.admit("strict").verdict()).isEqualTo(Verdict.GO);
    }
}

package fi.polku.notification.adapter.out.delivery;

import fi.polku.notification.application.EndpointGuards;
import fi.polku.notification.domain.RetryPolicy;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The guards of each endpoint from Resilience4j registries, one bulkhead, circuit breaker and retry instance per
 * endpoint name, all made from the {@value #CONFIG} configurations ({@code resilience4j.*.configs.delivery}; an
 * endpoint can be tuned alone under {@code instances}). The retry instance supplies the back-off schedule and the
 * number of attempts only: waiting happens in the persistent queue, never in a sleeping thread.
 */
public class Resilience4jEndpointGuards implements EndpointGuards {

    public static final String CONFIG = "delivery";
    private static final Either<Throwable, Object> FAILED = Either.left(new EndpointFailure("failed"));

    private final BulkheadRegistry bulkheads;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;

    public Resilience4jEndpointGuards(BulkheadRegistry bulkheads, CircuitBreakerRegistry breakers,
                                      RetryRegistry retries) {
        this.bulkheads = bulkheads;
        this.breakers = breakers;
        this.retries = retries;
    }

    @Override
    public Admission admit(String endpoint) {
        Bulkhead bulkhead = bulkheads.bulkhead(endpoint, CONFIG);
        if (!bulkhead.tryAcquirePermission()) {
            return Admission.busy();
        }
        CircuitBreaker breaker = breakers.circuitBreaker(endpoint, CONFIG);
        if (!breaker.tryAcquirePermission()) {
            bulkhead.onComplete();
            return Admission.circuitOpen();
        }
        return Admission.go(new GuardedCall(bulkhead, breaker));
    }

    @Override
    public RetryPolicy retryPolicy(String endpoint) {
        RetryConfig config = retries.retry(endpoint, CONFIG).getRetryConfig();
        return failedAttempts -> failedAttempts >= config.getMaxAttempts() ? Optional.empty()
                : Optional.of(Duration.ofMillis(config.<Object>getIntervalBiFunction().apply(failedAttempts, FAILED)));
    }

    private record GuardedCall(Bulkhead bulkhead, CircuitBreaker breaker) implements Permit {

        @Override
        public void finished(Duration took, boolean endpointFailed) {
            try {
                if (endpointFailed) {
                    breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, new EndpointFailure("delivery failed"));
                } else {
                    breaker.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
                }
            } finally {
                bulkhead.onComplete();
            }
        }

        @Override
        public void cancel() {
            breaker.releasePermission();
            bulkhead.releasePermission();
        }
    }

    /** What the circuit breaker records for a failed call; carries no detail of the endpoint. */
    static final class EndpointFailure extends RuntimeException {

        EndpointFailure(String message) {
            super(message, null, false, false);
        }
    }
}

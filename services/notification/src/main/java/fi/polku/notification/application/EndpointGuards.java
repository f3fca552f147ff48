package fi.polku.notification.application;

import fi.polku.notification.domain.RetryPolicy;

import java.time.Duration;

/**
 * Per endpoint: a bulkhead that caps concurrent calls, a circuit breaker that stops calling an endpoint that keeps
 * failing, and the retry back-off. Each endpoint has its own, so one dead endpoint never holds up the others.
 */
public interface EndpointGuards {

    /** Asks to call {@code endpoint} now: go (with a permit to give back), busy (try later) or circuit open. */
    Admission admit(String endpoint);

    /** The back-off between attempts to reach {@code endpoint}, and when to give up. */
    RetryPolicy retryPolicy(String endpoint);

    enum Verdict {
        GO, BUSY, CIRCUIT_OPEN
    }

    record Admission(Verdict verdict, Permit permit) {

        public static Admission go(Permit permit) {
            return new Admission(Verdict.GO, permit);
        }

        public static Admission busy() {
            return new Admission(Verdict.BUSY, null);
        }

        public static Admission circuitOpen() {
            return new Admission(Verdict.CIRCUIT_OPEN, null);
        }
    }

    /** Leave to make one call; exactly one of its methods must be called once. */
    interface Permit {

        /** The call was made; {@code endpointFailed} tells the circuit breaker whether the endpoint looked unwell. */
        void finished(Duration took, boolean endpointFailed);

        /** The call was not made after all. */
        void cancel();
    }
}

package fi.polku.notification.domain;

import java.time.Duration;
import java.util.Optional;

/** How long to wait after a failed attempt before the next one; empty when the attempts are used up. */
@FunctionalInterface
public interface RetryPolicy {

    /** @param failedAttempts how many attempts of this round have failed, the latest included (1 after the first) */
    Optional<Duration> delayAfter(int failedAttempts);
}

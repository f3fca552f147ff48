package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.PaymentRun;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

public interface PaymentRunQueries {

    /** The run of the latest month, completed or not. */
    Optional<PaymentRun> latest();

    /** The completed run of the latest month before {@code month}: the ledger as the next run finds it. */
    Optional<PaymentRun> latestCompletedBefore(YearMonth month);

    /** The completed run of the latest month. */
    default Optional<PaymentRun> latestCompleted() {
        return latestCompletedBefore(YearMonth.of(9999, 12));
    }

    /** The completed runs of the months of {@code year}, oldest first. */
    List<PaymentRun> completedIn(int year);

    /** All runs, latest first. */
    List<PaymentRun> all();

    /** The completed runs of the latest {@code limit} months that have one, latest first. */
    default List<PaymentRun> recentCompleted(int limit) {
        return all().stream().filter(PaymentRun::completed).limit(limit).toList();
    }
}

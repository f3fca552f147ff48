package fi.polku.bench;

import fi.polku.bench.HouseholdMix.PlannedHousehold;
import fi.polku.localstack.Journey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives planned households through the path, {@code concurrency} at a time, each as the people involved would: the
 * journeys of the local stack, by the public APIs. Records each hop and the whole path per household.
 */
final class PathRun {

    /** What a run did. */
    record Outcome(int completed, int failed, Duration took, Map<String, Integer> failures) {
    }

    private final Journey journey;
    private final int concurrency;

    PathRun(Journey journey, int concurrency) {
        this.journey = journey;
        this.concurrency = concurrency;
    }

    Outcome run(List<PlannedHousehold> households, Latencies latencies) throws InterruptedException {
        AtomicInteger completed = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (PlannedHousehold household : households) {
            workers.execute(() -> {
                long began = System.nanoTime();
                try {
                    Journey.Result result = walk(household);
                    if (latencies != null) {
                        latencies.record(ReportWriter.END_TO_END, Duration.ofNanos(System.nanoTime() - began));
                        result.hops().forEach(latencies::record);
                    }
                    completed.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.merge(household.route() + ": " + firstLine(e), 1, Integer::sum);
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
            workers.shutdownNow();
        }
        return new Outcome(completed.get(), failures.values().stream().mapToInt(Integer::intValue).sum(),
                Duration.ofNanos(System.nanoTime() - start), failures);
    }

    private Journey.Result walk(PlannedHousehold h) {
        var d = h.destination();
        return switch (h.route()) {
            case ASSISTED, DECLINED_THEN_ACCEPTED ->
                    journey.assistedPlacement(d.receptionCentre(), h.municipalities(), h.profile(), today());
            case SELF_MOVE -> journey.selfMove(d.receptionCentre(), d.municipality(), h.profile());
            case QUOTA -> journey.quotaArrival(d.region(), d.municipality(), h.profile());
        };
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceAll("[0-9a-f-]{36}", "<id>");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }
}

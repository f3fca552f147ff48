package fi.polku.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One HdrHistogram per hop (microseconds, three significant digits), filled by the worker threads. */
final class Latencies {

    private final Map<String, Histogram> hops = new ConcurrentHashMap<>();
    private final java.util.List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

    void record(String hop, Duration took) {
        hops.computeIfAbsent(hop, h -> {
            order.add(h);
            return new ConcurrentHistogram(3);
        }).recordValue(Math.max(0, took.toNanos() / 1_000));
    }

    /** p50, p95, p99, max (ms) and the count of each hop, in the order the hops were first seen. */
    void writeTo(Figures figures, String section) {
        for (String hop : order) {
            Histogram h = hops.get(hop);
            figures.add(section, hop, "count", h.getTotalCount(), "")
                    .add(section, hop, "p50", h.getValueAtPercentile(50) / 1000.0, "ms")
                    .add(section, hop, "p95", h.getValueAtPercentile(95) / 1000.0, "ms")
                    .add(section, hop, "p99", h.getValueAtPercentile(99) / 1000.0, "ms")
                    .add(section, hop, "max", h.getMaxValue() / 1000.0, "ms")
                    .add(section, hop, "mean", h.getMean() / 1000.0, "ms");
        }
    }
}

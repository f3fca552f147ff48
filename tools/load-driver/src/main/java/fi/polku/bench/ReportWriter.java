package fi.polku.bench;

import fi.polku.bench.Figures.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a run's figures as Markdown: the headline (throughput, end-to-end latency, the ratio to the raw broker, the
 * largest cost per household), then one table per section, subjects as rows and metrics as columns.
 */
public final class ReportWriter {

    public static final String RUN = "run";
    public static final String LATENCY = "latency";
    public static final String SERVICE = "service";
    public static final String BROKER = "broker";
    public static final String PAYMENT_RUN = "payment run";
    public static final String RECOMMENDATION = "recommendation";
    public static final String JMH = "jmh";

    public static final String PATH = "path";
    public static final String END_TO_END = "end to end";
    public static final String RAW_PRODUCER = "ProducerPerformance";
    public static final String RAW_CONSUMER = "ConsumerPerformance";
    public static final String CPU_PER_HOUSEHOLD = "CPU ms per household above idle";

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put(RUN, "The path");
        TITLES.put(LATENCY, "Latency per hop and end to end (ms, HdrHistogram)");
        TITLES.put(SERVICE, "Per service and process: events, CPU, memory, start");
        TITLES.put(BROKER, "The raw broker in the same run (same broker, same number and size of records)");
        TITLES.put(PAYMENT_RUN, "Payment run");
        TITLES.put(RECOMMENDATION, "Recommendations");
        TITLES.put(JMH, "JMH: hot pure functions");
    }

    private ReportWriter() {
    }

    public static String markdown(Figures figures, String machine, String command, List<String> notes,
                                  List<String> assumptions) {
        StringBuilder out = new StringBuilder("# Polku benchmarks\n\n");
        out.append("Machine: ").append(machine).append("  \n");
        out.append("Reproduce: `").append(command).append("`\n\n");
        out.append("## Headline\n\n");
        headline(figures).forEach(line -> out.append("- ").append(line).append('\n'));
        Set<String> sections = new LinkedHashSet<>(TITLES.keySet());
        figures.rows().forEach(f -> sections.add(f.section()));
        for (String section : sections) {
            List<Figure> rows = figures.section(section);
            if (!rows.isEmpty()) {
                out.append("\n## ").append(TITLES.getOrDefault(section, section)).append("\n\n").append(table(rows));
            }
        }
        if (!notes.isEmpty()) {
            out.append("\n## How to read these figures\n\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        if (!assumptions.isEmpty()) {
            out.append("\n## Household assumptions\n\n");
            assumptions.forEach(a -> out.append("- ").append(a).append('\n'));
        }
        return out.toString();
    }

    static List<String> headline(Figures f) {
        List<String> lines = new ArrayList<>();
        f.value(RUN, PATH, "households/s").ifPresent(rate -> lines.add(String.format(Locale.ROOT,
                "**%.2f households/s** completed the whole path (%s of %s households, %s at a time, in %s s)", rate,
                num(f.value(RUN, PATH, "completed")), num(f.value(RUN, PATH, "households")),
                num(f.value(RUN, PATH, "concurrency")), num(f.value(RUN, PATH, "seconds")))));
        if (f.value(LATENCY, END_TO_END, "p50").isPresent()) {
            lines.add(String.format(Locale.ROOT, "end to end: p50 %s ms, p95 %s ms, p99 %s ms, max %s ms",
                    num(f.value(LATENCY, END_TO_END, "p50")), num(f.value(LATENCY, END_TO_END, "p95")),
                    num(f.value(LATENCY, END_TO_END, "p99")), num(f.value(LATENCY, END_TO_END, "max"))));
        }
        Optional<Double> pathRate = f.value(BROKER, PATH, "records/s");
        for (Figure raw : f.section(BROKER)) {
            if (pathRate.isPresent() && !raw.subject().equals(PATH) && raw.metric().equals("records/s")
                    && raw.value() > 0) {
                lines.add(String.format(Locale.ROOT, "path %s events/s against %s %s records/s: ratio %.4f (1 : %.0f)",
                        num(pathRate), raw.subject(), num(Optional.of(raw.value())), pathRate.get() / raw.value(),
                        raw.value() / pathRate.get()));
            }
        }
        largestCost(f).ifPresent(lines::add);
        return lines;
    }

    /** The process that spent the most CPU per completed household. */
    static Optional<String> largestCost(Figures f) {
        return f.section(SERVICE).stream().filter(r -> r.metric().equals(CPU_PER_HOUSEHOLD))
                .max(java.util.Comparator.comparingDouble(Figure::value))
                .map(r -> String.format(Locale.ROOT, "largest cost per household: %s, %s CPU ms per household "
                        + "(above its idle CPU)", r.subject(), num(Optional.of(r.value()))));
    }

    static String table(List<Figure> rows) {
        Map<String, Map<String, Figure>> bySubject = new LinkedHashMap<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (Figure row : rows) {
            bySubject.computeIfAbsent(row.subject(), s -> new LinkedHashMap<>()).put(row.metric(), row);
            metrics.add(row.metric());
        }
        StringBuilder out = new StringBuilder("| |");
        Map<String, String> units = new LinkedHashMap<>();
        rows.forEach(r -> units.putIfAbsent(r.metric(), r.unit()));
        for (String metric : metrics) {
            String unit = units.get(metric);
            boolean saysItsUnit = unit.isEmpty() || metric.equals(unit) || unit.equals("1/s") && metric.endsWith("/s");
            out.append(' ').append(metric).append(saysItsUnit ? "" : " (" + unit + ")").append(" |");
        }
        out.append("\n|---|").append("---:|".repeat(metrics.size())).append('\n');
        bySubject.forEach((subject, values) -> {
            out.append("| ").append(subject.replace("|", "\\|")).append(" |");
            for (String metric : metrics) {
                Figure value = values.get(metric);
                out.append(value == null ? " |" : " " + num(Optional.of(value.value())) + " |");
            }
            out.append('\n');
        });
        return out.toString();
    }

    /** Numbers as a reader wants them: whole when whole, else three significant decimals at most. */
    static String num(Optional<Double> value) {
        if (value.isEmpty()) {
            return "?";
        }
        double v = value.get();
        if (v == Math.rint(v) && Math.abs(v) < 1e15 || Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(v)).replace(',', ' ');
        }
        if (Math.abs(v) >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}

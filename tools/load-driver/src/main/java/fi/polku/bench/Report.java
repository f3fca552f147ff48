package fi.polku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a run together: the driver's {@code figures.csv} and JMH's CSV into {@code benchmarks.csv} and
 * {@code benchmarks.md}, and copies both to the docs folder when one is given.
 * Usage: {@code Report OUT_DIR [--jmh jmh.csv] [--docs docs] [--command "./polku-bench"]}.
 */
public final class Report {

    /** What the figures include and what they do not, printed with every report. */
    static final List<String> NOTES = List.of(
            "All processes share the machine: four services, the broker, the launcher (Mongo-protocol store on H2, "
                    + "token issuer) and the load driver. The path is CPU-bound when their cores busy add up to the "
                    + "machine's cores.",
            "The services run as the local stack starts them: -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
                    + "(C1 only: quick start, slower steady state).",
            "Each step of a journey waits for the previous step's events by polling the next service every 50 ms: "
                    + "a hop includes up to 50 ms of polling, and the polling is load on the services too.",
            "CPU per household: the process's CPU time during the path / completed households; 'above idle' first "
                    + "subtracts what the process spent in a 10 s idle window before the path (outbox relays, "
                    + "consumers' polls, heartbeats).",
            "Events: records appended to the registry's topics during the path (end offsets), written by the topic's "
                    + "writer and read by each of its consumer services; the raw broker gets the same number of "
                    + "records of their mean size (key, value and headers).",
            "ProducerPerformance batches asynchronously with the client's defaults (linger.ms 5); the services send "
                    + "one event at a time and wait for acks=all (linger 0): that is the sync producer row. The "
                    + "100,000-record rows show the broker's steady rate once the tools' start-up no longer counts.",
            "The payment run and the recommendations run in the driver's JVM (-Xmx1g, C2) with the services' own "
                    + "classes, against the stack's Mongo-protocol server.");

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Optional<Path> jmh = Optional.empty();
        Optional<Path> docs = Optional.empty();
        String command = "./polku-bench";
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jmh" -> jmh = Optional.of(Path.of(args[i + 1]));
                case "--docs" -> docs = Optional.of(Path.of(args[i + 1]));
                case "--command" -> command = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Figures figures = Figures.read(out.resolve("figures.csv"));
        if (jmh.isPresent() && Files.exists(jmh.get())) {
            addJmh(figures, Files.readAllLines(jmh.get()));
        }
        String markdown = ReportWriter.markdown(figures, machine(), command, NOTES, HouseholdMix.assumptions());
        figures.write(out.resolve("benchmarks.csv"));
        Files.writeString(out.resolve("benchmarks.md"), markdown);
        if (docs.isPresent()) {
            Files.createDirectories(docs.get());
            figures.write(docs.get().resolve("benchmarks.csv"));
            Files.writeString(docs.get().resolve("benchmarks.md"), markdown);
        }
        System.out.println(markdown);
    }

    /** JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit". */
    static void addJmh(Figures figures, List<String> lines) {
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> cells = Csv.split(line);
            if (cells.size() < 7) {
                continue;
            }
            String name = cells.get(0).replaceFirst("^fi\\.polku\\.bench\\.jmh\\.", "");
            String unit = cells.get(6);
            figures.add(ReportWriter.JMH, name, "score", parse(cells.get(4)), unit)
                    .add(ReportWriter.JMH, name, "error (99.9 %)", parse(cells.get(5)), unit)
                    .add(ReportWriter.JMH, name, "samples", parse(cells.get(3)), "");
        }
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The CPU model, cores, memory, OS and Java of this machine. */
    static String machine() {
        String cpu = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        String memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        return String.format(Locale.ROOT, "%s, %d cores, %s RAM, %s %s, Java %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}

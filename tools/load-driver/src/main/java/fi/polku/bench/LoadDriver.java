package fi.polku.bench;

import fi.polku.bench.HouseholdMix.Destination;
import fi.polku.bench.HouseholdMix.PlannedHousehold;
import fi.polku.events.Topic;
import fi.polku.localstack.Endpoints;
import fi.polku.localstack.Journey;
import fi.polku.testkit.TestUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The load driver: waits for the services, drives the households through the whole path and measures it, then the
 * raw broker with the same load, a payment run, the recommendations; writes {@code figures.csv} to the output.
 */
public final class LoadDriver {

    /**
     * The municipalities the households go to: the local stack has an officer for each and a coordinator per region.
     * One per region, so that a quota family (no wishes) is offered to its region's municipality.
     */
    static final List<Destination> DESTINATIONS = List.of(
            new Destination("179", "13", "rc-oulu"),       // Jyväskylä
            new Destination("564", "17", "rc-oulu"),       // Oulu
            new Destination("837", "06", "rc-tampere"),    // Tampere
            new Destination("091", "01", "rc-helsinki")); // Helsinki

    /** How long the idle cost of each process is measured before the path. */
    static final Duration IDLE = Duration.ofSeconds(10);
    static final String DRIVER = "load driver (this JVM, not part of the system)";

    private final Settings settings;
    private final Figures figures = new Figures();
    private final Map<String, Double> idleCores = new LinkedHashMap<>();

    LoadDriver(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new LoadDriver(settings).run();
        System.exit(0); // the payment run's context may leave non-daemon threads behind
    }

    void run() throws Exception {
        Instant begin = Instant.now();
        awaitReady();
        Map<String, Optional<ProcessHandle>> processes = new LinkedHashMap<>();
        settings.targets().forEach(t -> processes.put(t.name(), ProcessStats.find(t.mainClass())));
        startFigures(processes);

        Function<TestUser, String> tokens = settings.tokenKey().map(TokenSources::key)
                .orElseGet(() -> TokenSources.issuer(settings.issuer()));
        Endpoints endpoints = new Endpoints(settings.service("reception").url(), settings.service("placement").url(),
                settings.service("compensation").url(), settings.service("notification").url());
        Journey journey = new Journey(endpoints, tokens, Duration.ofSeconds(settings.patienceSeconds()));
        for (Destination d : DESTINATIONS) {
            journey.ensureAgreement(d.municipality(), d.region(), 100_000);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        HouseholdMix mix = new HouseholdMix(DESTINATIONS, settings.seed(), today);
        PathRun path = new PathRun(journey, settings.concurrency());
        if (settings.warmUp() > 0) {
            log("warm-up: %d households", settings.warmUp());
            PathRun.Outcome warm = path.run(new HouseholdMix(DESTINATIONS, settings.seed() + 1, today)
                    .households(settings.warmUp()), null);
            log("warm-up done in %.1f s (%d failed)", warm.took().toMillis() / 1000.0, warm.failed());
        }

        idleFigures(processes);
        List<PlannedHousehold> households = mix.households(settings.households());
        Map<String, Duration> cpuBefore = cpu(processes);
        Optional<Duration> driverBefore = ProcessStats.cpu(ProcessHandle.current());
        Optional<TopicTraffic> traffic = settings.kafka().map(TopicTraffic::new);
        Optional<TopicTraffic.Offsets> offsetsBefore = traffic.map(TopicTraffic::offsets);
        log("path: %d households, %d at a time", households.size(), settings.concurrency());
        Latencies latencies = new Latencies();
        PathRun.Outcome outcome = path.run(households, latencies);
        Map<String, Duration> cpuAfter = cpu(processes);
        Optional<Duration> driverAfter = ProcessStats.cpu(ProcessHandle.current());
        Optional<TopicTraffic.Offsets> offsetsAfter = traffic.map(TopicTraffic::offsets);
        double seconds = outcome.took().toNanos() / 1e9;
        log("path done: %d completed, %d failed in %.1f s", outcome.completed(), outcome.failed(), seconds);
        outcome.failures().forEach((what, count) -> log("  failed %d x %s", count, what));

        pathFigures(households, outcome, seconds);
        latencies.writeTo(figures, ReportWriter.LATENCY);
        serviceFigures(processes, cpuBefore, cpuAfter, outcome.completed(), seconds);
        // the driver shares the machine: what it spent is not the system's cost, but it is not free either
        driverBefore.flatMap(b -> driverAfter.map(a -> a.minus(b))).ifPresent(cpu -> figures
                .add(ReportWriter.SERVICE, DRIVER, "CPU", cpu.toMillis() / 1000.0, "s")
                .add(ReportWriter.SERVICE, DRIVER, "cores busy", cpu.toNanos() / 1e9 / seconds, "")
                .add(ReportWriter.SERVICE, DRIVER, "CPU ms per household", cpu.toMillis()
                        / (double) Math.max(1, outcome.completed()), "ms"));
        if (traffic.isPresent()) {
            long events = eventFigures(offsetsBefore.get(), offsetsAfter.get(), seconds);
            double bytes = traffic.get().meanRecordBytes(offsetsBefore.get(), offsetsAfter.get());
            traffic.get().close();
            figures.add(ReportWriter.BROKER, ReportWriter.PATH, "records", events, "")
                    .add(ReportWriter.BROKER, ReportWriter.PATH, "record bytes", Math.round(bytes), "B")
                    .add(ReportWriter.BROKER, ReportWriter.PATH, "records/s", events / seconds, "1/s")
                    .add(ReportWriter.BROKER, ReportWriter.PATH, "MB/s", events * bytes / seconds / 1e6, "MB/s");
            if (events > 0) {
                log("raw broker: %d records of %d bytes", events, Math.round(bytes));
                new BrokerBaseline(settings.kafka().get(), figures).run(events, (int) Math.max(1, Math.round(bytes)),
                        settings.steadyRecords());
            }
        }
        figures.write(settings.out().resolve("figures.csv"));
        if (settings.entitlements() > 0 && settings.kafka().isPresent()) {
            log("payment run over %d entitlements", settings.entitlements());
            new PaymentRunBench(settings.mongo(), settings.kafka().get(), figures).run(settings.entitlements());
        }
        log("recommendations over every municipality");
        RecommendationBench.run(figures);
        figures.add(ReportWriter.RUN, "driver", "seconds", Duration.between(begin, Instant.now()).toMillis() / 1000.0, "s");
        figures.write(settings.out().resolve("figures.csv"));
        log("figures in %s", settings.out().resolve("figures.csv").toAbsolutePath());
    }

    private void pathFigures(List<PlannedHousehold> households, PathRun.Outcome outcome, double seconds) {
        String run = ReportWriter.RUN;
        String path = ReportWriter.PATH;
        figures.add(run, path, "households", households.size(), "")
                .add(run, path, "completed", outcome.completed(), "")
                .add(run, path, "failed", outcome.failed(), "")
                .add(run, path, "concurrency", settings.concurrency(), "")
                .add(run, path, "seconds", seconds, "s")
                .add(run, path, "households/s", outcome.completed() / seconds, "1/s")
                .add(run, path, "people", households.stream().mapToInt(h -> h.profile().size()).sum(), "");
        Map<HouseholdMix.Route, Integer> routes = new EnumMap<>(HouseholdMix.Route.class);
        households.forEach(h -> routes.merge(h.route(), 1, Integer::sum));
        routes.forEach((route, count) -> figures.add(run, "route " + route.name().toLowerCase().replace('_', ' '),
                "households", count, ""));
    }

    /** Start time (the service's own {@code application.ready.time}) and resident memory before the load. */
    private void startFigures(Map<String, Optional<ProcessHandle>> processes) {
        for (Target t : settings.targets()) {
            if (t.isService()) {
                Prometheus.scrape(t.url()).flatMap(text -> Prometheus.sum(text, "application_ready_time_seconds", ""))
                        .ifPresent(s -> figures.add(ReportWriter.SERVICE, t.name(), "start time", s, "s"));
            }
            processes.get(t.name()).flatMap(ProcessStats::residentMiB)
                    .ifPresent(mib -> figures.add(ReportWriter.SERVICE, t.name(), "RSS at start", mib, "MiB"));
        }
    }

    private void serviceFigures(Map<String, Optional<ProcessHandle>> processes, Map<String, Duration> before,
                                Map<String, Duration> after, int completed, double seconds) {
        for (Target t : settings.targets()) {
            Optional<Duration> used = Optional.ofNullable(after.get(t.name()))
                    .flatMap(a -> Optional.ofNullable(before.get(t.name())).map(a::minus));
            used.ifPresent(cpu -> {
                double busy = cpu.toNanos() / 1e9;
                double aboveIdle = Math.max(0, busy - idleCores.getOrDefault(t.name(), 0.0) * seconds);
                figures.add(ReportWriter.SERVICE, t.name(), "CPU", busy, "s")
                        .add(ReportWriter.SERVICE, t.name(), "cores busy", busy / seconds, "")
                        .add(ReportWriter.SERVICE, t.name(), "CPU ms per household", completed == 0 ? 0
                                : busy * 1000 / completed, "ms")
                        .add(ReportWriter.SERVICE, t.name(), ReportWriter.CPU_PER_HOUSEHOLD, completed == 0 ? 0
                                : aboveIdle * 1000 / completed, "ms");
            });
            processes.get(t.name()).flatMap(ProcessStats::residentMiB)
                    .ifPresent(mib -> figures.add(ReportWriter.SERVICE, t.name(), "RSS after", mib, "MiB"));
        }
    }

    /** What each process spends doing nothing (pollers, relays, heartbeats), so the path's own cost stands out. */
    private void idleFigures(Map<String, Optional<ProcessHandle>> processes) throws InterruptedException {
        Map<String, Duration> before = cpu(processes);
        long start = System.nanoTime();
        Thread.sleep(IDLE.toMillis());
        Map<String, Duration> after = cpu(processes);
        double seconds = (System.nanoTime() - start) / 1e9;
        after.forEach((name, cpu) -> Optional.ofNullable(before.get(name)).ifPresent(b -> {
            idleCores.put(name, cpu.minus(b).toNanos() / 1e9 / seconds);
            figures.add(ReportWriter.SERVICE, name, "cores busy idle", idleCores.get(name), "");
        }));
    }

    /** CPU time of each process: from /proc where it runs here, else the service's {@code process_cpu_time}. */
    private Map<String, Duration> cpu(Map<String, Optional<ProcessHandle>> processes) {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        for (Target t : settings.targets()) {
            Optional<Duration> used = processes.get(t.name()).flatMap(ProcessStats::cpu);
            if (used.isEmpty() && t.isService()) {
                used = Prometheus.scrape(t.url())
                        .flatMap(text -> Prometheus.sum(text, "process_cpu_time_ns_total", ""))
                        .map(ns -> Duration.ofNanos(ns.longValue()));
            }
            used.ifPresent(d -> cpu.put(t.name(), d));
        }
        return cpu;
    }

    /** Events each service wrote and read during the path, from the registry's topics; returns all written. */
    private long eventFigures(TopicTraffic.Offsets before, TopicTraffic.Offsets after, double seconds) {
        long all = 0;
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, Long> read = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            long records = after.records(topic, before);
            all += records;
            written.merge(topic.writer(), records, Long::sum);
            topic.consumers().forEach(c -> read.merge(c, records, Long::sum));
        }
        for (Target t : settings.targets()) {
            if (written.containsKey(t.name()) || read.containsKey(t.name())) {
                long w = written.getOrDefault(t.name(), 0L);
                long r = read.getOrDefault(t.name(), 0L);
                figures.add(ReportWriter.SERVICE, t.name(), "events written", w, "")
                        .add(ReportWriter.SERVICE, t.name(), "events written/s", w / seconds, "1/s")
                        .add(ReportWriter.SERVICE, t.name(), "events read/s", r / seconds, "1/s");
            }
        }
        return all;
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        for (Target t : settings.targets().stream().filter(Target::isService).toList()) {
            while (true) {
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(t.url()
                            + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // still starting
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(t.name() + " is not ready at " + t.url());
                }
                Thread.sleep(500);
            }
        }
        log("services ready: %s", settings.targets().stream().filter(Target::isService).map(Target::name).toList());
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", Instant.now().atZone(ZoneId.systemDefault()), String.format(format, args));
    }
}

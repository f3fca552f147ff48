package fi.polku.localstack;

import com.sun.net.httpserver.HttpServer;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.Topic;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.Settled;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.kit.tracing.TraceParents;
import fi.polku.placement.application.PlacementService;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Observability against the running system: a trace started by an HTTP request travels through the outbox and
 * Kafka into the next service, and a real Prometheus scraping the four services answers every query of every
 * Grafana dashboard with data once households have passed through.
 */
class ObservabilitySystemTest {

    static final Path ROOT = repositoryRoot();
    static AllServices services;
    static RealPrometheus prometheus;
    static Journey journey;
    static KafkaProbe probe;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(RealPrometheus.BINARY);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(RealPrometheus.BINARY + " is required under CI=true (apt-get install prometheus)");
        }
        assumeTrue(installed, "prometheus is not installed; CI installs it");
        // gauges counted in the store are refreshed every second here, so a scrape soon sees the journeys
        // (a municipality's webhook on this machine needs http and loopback allowed)
        services = AllServices.start("--polku.metrics.refresh-interval=PT1S", "--polku.reception.watch-refresh=PT1S",
                "--polku.notification.webhooks.require-https=false",
                "--polku.notification.webhooks.allow-private-networks=true");
        Map<String, Integer> targets = new LinkedHashMap<>();
        services.names().forEach(name -> targets.put(name, services.port(name)));
        prometheus = RealPrometheus.start(targets, ROOT.resolve("observability/prometheus/alerts.yml"));
        // every service scraped before the households come, so that rates and increases see them arrive
        await("every service scraped").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> prometheus.query("count(up == 1)").get("result").valueStream()
                        .anyMatch(r -> r.get("value").get(1).asString().equals(String.valueOf(targets.size()))));
        journey = new Journey(services.endpoints(), Tokens.shared()::mint, Duration.ofSeconds(60));
        probe = KafkaProbe.shared();
    }

    @AfterAll
    static void stop() {
        if (probe != null) {
            probe.close();
        }
        if (prometheus != null) {
            prometheus.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aTraceStartedByAnHttpRequestContinuesThroughKafkaIntoTheConsumingService() {
        Journey.Result result = journey.selfMove("rc-joutseno", "153");
        String caseId = PlacementService.selfMoveCaseIdFor(result.householdId());

        // reception published what two requests (self-move, move-out) did, each in the trace of its request ...
        String selfMoveTrace = traceOf(Topic.RECEPTION_RESIDENTS, SelfMoveReported.class, result.householdId());
        String moveOutTrace = traceOf(Topic.RECEPTION_RESIDENTS, MovedOut.class, result.householdId());
        assertThat(selfMoveTrace).isNotEqualTo(moveOutTrace);
        // ... and placement, consuming them, published its consequences in the same traces
        assertThat(traceOf(Topic.PLACEMENT_CASES, CaseOpened.class, caseId)).isEqualTo(selfMoveTrace);
        assertThat(traceOf(Topic.PLACEMENT_CASES, Settled.class, caseId)).isEqualTo(moveOutTrace);
    }

    @Test
    void theTraceACallerSendsIsTheTraceOfTheEventsItsRequestCauses() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String agreement = """
                {"validFrom":"2017-01-01","takesEmergencyCases":false,
                 "places":[{"year":%d,"group":"ASYLUM","places":40}],"integrationProgramme":{"validFrom":"2025-01-01"}}
                """.formatted(LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(services.endpoints().placement() + "/api/v1/municipalities/049/agreement"))
                .header("Authorization", "Bearer " + Tokens.shared().mint(TestUser.coordinator("01")))
                .header("Content-Type", "application/json")
                .header(TraceParents.HEADER, "00-" + traceId + "-00f067aa0ba902b7-01")
                .PUT(HttpRequest.BodyPublishers.ofString(agreement)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        assertThat(traceOf(Topic.PLACEMENT_MUNICIPALITIES, AgreementChanged.class, "\"049\"")).isEqualTo(traceId);
    }

    @Test
    void everyPanelOfEveryDashboardShowsDataOnceHouseholdsHavePassed() throws IOException {
        // Jyväskylä takes its notifications by webhook too: deliveries pass its endpoint's circuit breaker
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        try {
            ApiClient.as(services.endpoints().notification(), TestUser.municipalityOfficer("179"))
                    .put("/api/v1/recipients/municipality:179/channels", Map.of("webhook", Map.of(
                            "url", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/polku",
                            "secret", "whsec-observability-test-0123456789"), "emails", List.of())).expect(200);
            passHouseholdsThroughAndQueryEveryPanel();
        } finally {
            webhook.stop(0);
        }
    }

    private void passHouseholdsThroughAndQueryEveryPanel() throws IOException {
        journey.ensureAgreement("179", "13", 500);
        journey.ensureAgreement("853", "02", 500);
        journey.ensureAgreement("680", "02", 500);
        journey.ensureAgreement("837", "06", 500);
        journey.assistedPlacement("rc-oulu", "179", 1);
        journey.declinedThenAccepted("rc-turku", "853", "680");
        journey.selfMove("rc-joutseno", "405");
        journey.quotaArrival("06", "837");
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Helsinki"));
        assertThat(ApiClient.as(services.endpoints().compensation(), TestUser.compensationOfficer())
                .post("/api/v1/compensation/payment-runs", Map.of("month", month.toString())).status()).isIn(200, 201);
        // a poison event: placement dead-letters it, and the platform dashboard shows it
        probe.send(services.topic(Topic.RECEPTION_RESIDENTS), "poison", Map.of(), "not an event".getBytes(StandardCharsets.UTF_8));
        keepScrapes();

        List<Path> dashboards = DashboardQueries.dashboards(ROOT.resolve("observability/grafana/dashboards"));
        assertThat(dashboards).hasSizeGreaterThanOrEqualTo(4);
        List<DashboardQueries.Query> queries = new ArrayList<>();
        dashboards.forEach(d -> queries.addAll(DashboardQueries.of(d, this::labelValues)));
        assertThat(queries).hasSizeGreaterThan(20);

        List<DashboardQueries.Query> empty = new ArrayList<>(queries);
        // each poll's answers, so that the failure message shows them without asking Prometheus twice
        Map<DashboardQueries.Query, JsonNode> answers = new LinkedHashMap<>();
        await("every panel query to return data").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .failFast("a query Prometheus rejects", () -> empty.forEach(q -> prometheus.query(q.expr())))
                .untilAsserted(() -> {
                    answers.clear();
                    empty.removeIf(q -> hasData(answers.computeIfAbsent(q, k -> prometheus.query(k.expr()))));
                    assertThat(empty).as("queries without data (answers: %s); targets: %s",
                            empty.stream().map(q -> answers.get(q).toString()).toList(),
                            prometheus.targets()).isEmpty();
                });
    }

    private List<String> labelValues(String label, String metric) {
        List<String> values = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            values.clear();
            prometheus.labelValues(label, metric).valueStream().map(JsonNode::asString).forEach(values::add);
            assertThat(values).as("values of %s on %s; targets: %s", label, metric, prometheus.targets()).isNotEmpty();
        });
        return values;
    }

    /** Data: at least one series whose value is a number (NaN is what a quantile over no observations gives). */
    private static boolean hasData(JsonNode data) {
        for (JsonNode series : data.get("result")) {
            JsonNode value = series.has("value") ? series.get("value") : series.get("values").get(0);
            if (!value.get(1).asString().equals("NaN")) {
                return true;
            }
        }
        return false;
    }

    private String traceOf(Topic topic, Class<? extends PolkuEvent> type, String aggregateId) {
        String typeName = EventType.of(type).typeName();
        ConsumerRecord<String, byte[]> record = await(typeName + " of " + aggregateId).atMost(Duration.ofSeconds(30))
                .until(() -> probe.records(services.topic(topic), typeName).stream()
                        .filter(r -> KafkaProbe.value(r).contains(aggregateId)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        String traceparent = KafkaProbe.header(record, TraceParents.HEADER);
        assertThat(traceparent).as("traceparent of %s", typeName).isNotNull();
        return TraceParents.traceId(traceparent);
    }

    /** Each service's scrape, kept under target/ as a build artefact for whoever edits the dashboards. */
    private static void keepScrapes() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "scrapes"));
        HttpClient http = HttpClient.newHttpClient();
        for (String name : services.names()) {
            try {
                // as Prometheus asks for it: OpenMetrics
                String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + services.port(name)
                        + "/actuator/prometheus")).header("Accept", "application/openmetrics-text; version=1.0.0")
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                Files.writeString(dir.resolve(name + ".prom"), body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

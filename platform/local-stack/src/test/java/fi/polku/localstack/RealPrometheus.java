package fi.polku.localstack;

import fi.polku.events.EventCodec;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The Debian package's Prometheus as a child process, scraping the services of this JVM every second with the
 * repository's alert rules loaded. Missing binary: the test fails under {@code CI=true} and is skipped otherwise.
 */
final class RealPrometheus implements AutoCloseable {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("POLKU_PROMETHEUS", "/usr/bin/prometheus"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String url;
    private final Path log;

    private RealPrometheus(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Scrapes each {@code service -> port} at {@code /actuator/prometheus}, loading {@code rules}. */
    static RealPrometheus start(Map<String, Integer> targets, Path rules) throws IOException {
        Path dir = Files.createTempDirectory("polku-prometheus");
        String scrapeConfigs = targets.entrySet().stream().map(t -> """
                  - job_name: %s
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(t.getKey(), t.getValue())).collect(Collectors.joining());
        Path config = Files.writeString(dir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                %s""".formatted(rules.toAbsolutePath(), scrapeConfigs));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("prometheus.log");
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + dir.resolve("data"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RealPrometheus prometheus = new RealPrometheus(process, "http://127.0.0.1:" + port, log);
        await("Prometheus ready").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Prometheus exited: " + prometheus.log());
                    }
                    return prometheus.get("/-/ready").statusCode() == 200;
                });
        return prometheus;
    }

    /** The result of an instant query: the {@code data} of the API's answer; fails on a query error. */
    JsonNode query(String promql) {
        HttpResponse<String> response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode answer = EventCodec.json().readTree(response.body());
        if (!"success".equals(answer.path("status").asString())) {
            throw new AssertionError("Query failed: " + promql + " -> " + response.body());
        }
        return answer.get("data");
    }

    /** The values of a label on the series of a metric. */
    JsonNode labelValues(String label, String metric) {
        return EventCodec.json().readTree(get("/api/v1/label/" + label + "/values?match[]="
                + URLEncoder.encode(metric, StandardCharsets.UTF_8)).body()).get("data");
    }

    /** The scrape targets and their health, for a failure message. */
    String targets() {
        return get("/api/v1/targets").body();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package fi.polku.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules and their unit tests with the real promtool, the compose Prometheus configuration, and the
 * dashboards and rules as docker-compose mounts them and as Kubernetes receives them (ConfigMaps from the same
 * files). That every dashboard query returns data is shown against the running system by ObservabilitySystemTest.
 */
class ObservabilityConfigTest {

    static final Path OBSERVABILITY = Tools.root().resolve("observability");
    static final Path ALERTS = OBSERVABILITY.resolve("prometheus/alerts.yml");
    static final Path ALERT_TESTS = OBSERVABILITY.resolve("prometheus/alerts-test.yml");
    static final Set<String> REQUIRED_ALERTS = Set.of("PolkuCasePastTarget", "PolkuOutOfContact", "PolkuDeadLetters",
            "PolkuOutboxStuck", "PolkuCircuitOpen", "PolkuConsumerLagGrowing");

    @Test
    void promtoolAcceptsTheRulesAndTheirUnitTestsPass() {
        requirePromtool();
        Tools.Result check = Tools.run(Tools.root(), List.of("promtool", "check", "rules", ALERTS.toString()), 60);
        assertThat(check.exitCode()).as(check.output()).isZero();
        Tools.Result test = Tools.run(Tools.root(), List.of("promtool", "test", "rules", ALERT_TESTS.toString()), 120);
        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    /** The unit tests would notice a rule that fires too late: they are not satisfied by any rule file. */
    @Test
    void theUnitTestsFailWhenARuleIsWeakened() throws IOException {
        requirePromtool();
        Path dir = Files.createTempDirectory("polku-alerts");
        String weakened = Files.readString(ALERTS).replace("for: 15m", "for: 45m");
        assertThat(weakened).isNotEqualTo(Files.readString(ALERTS));
        Files.writeString(dir.resolve("alerts.yml"), weakened);
        Files.copy(ALERT_TESTS, dir.resolve("alerts-test.yml"));
        Tools.Result test = Tools.run(dir, List.of("promtool", "test", "rules", "alerts-test.yml"), 120);
        assertThat(test.exitCode()).as(test.output()).isNotZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertIsTestedFiringAndSilent() {
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) Yaml.load(ALERTS).get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.add((String) rule.get("alert"));
                assertThat(rule).containsKeys("expr", "labels", "annotations");
                assertThat((Map<String, Object>) rule.get("annotations")).containsKeys("summary", "description");
            }
        }
        assertThat(alerts).containsAll(REQUIRED_ALERTS);
        Set<String> firing = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (Map<String, Object> test : (List<Map<String, Object>>) Yaml.load(ALERT_TESTS).get("tests")) {
            for (Map<String, Object> expectation : (List<Map<String, Object>>) test.get("alert_rule_test")) {
                String alert = (String) expectation.get("alertname");
                boolean fires = !((List<?>) expectation.get("exp_alerts")).isEmpty();
                (fires ? firing : silent).add(alert);
            }
        }
        assertThat(firing).as("alerts tested to fire").isEqualTo(alerts);
        assertThat(silent).as("alerts tested to stay silent").isEqualTo(alerts);
    }

    @Test
    void theComposePrometheusConfigurationIsValidAndScrapesEveryService() throws IOException {
        requirePromtool();
        String config = Files.readString(OBSERVABILITY.resolve("prometheus/prometheus.yml"));
        for (var service : Registry.SERVICES.entrySet()) {
            assertThat(config).contains("\"" + service.getKey() + ":" + service.getValue() + "\"");
        }
        // in the container the rules are at /etc/prometheus/alerts.yml (docker-compose.yml mounts them there)
        Path dir = Files.createTempDirectory("polku-prometheus");
        Files.writeString(dir.resolve("prometheus.yml"), config.replace("/etc/prometheus/alerts.yml", ALERTS.toString()));
        Tools.Result check = Tools.run(dir, List.of("promtool", "check", "config", "prometheus.yml"), 60);
        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    @Test
    void everyDashboardUsesTheProvisionedDataSourceAndHasItsOwnUid() throws IOException {
        String datasource = Files.readString(OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml"));
        assertThat(datasource).contains("uid: prometheus").contains("url: http://prometheus:9090");
        Set<String> uids = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        List<Path> dashboards = dashboards();
        assertThat(dashboards).extracting(p -> p.getFileName().toString()).contains("placement-pipeline.json",
                "municipality-capacity.json", "compensation.json", "platform-health.json");
        for (Path file : dashboards) {
            JsonNode dashboard = json.readTree(Files.readString(file));
            assertThat(uids.add(dashboard.get("uid").asString())).as("unique uid in %s", file).isTrue();
            List<JsonNode> panels = new ArrayList<>();
            dashboard.get("panels").forEach(panels::add);
            assertThat(panels).as(file.toString()).isNotEmpty().allSatisfy(panel -> {
                assertThat(panel.get("datasource").get("uid").asString()).isEqualTo("prometheus");
                assertThat(panel.get("targets")).isNotEmpty();
                panel.get("targets").forEach(t -> assertThat(t.get("expr").asString()).isNotBlank());
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    @SuppressWarnings("unchecked")
    void kubernetesReceivesTheSameDashboardsAndRulesAsCompose(String overlay) throws IOException {
        Map<String, Object> dashboards = Rendered.named(overlay, "ConfigMap", "grafana-polku-dashboards");
        assertThat(Yaml.string(dashboards, "metadata.labels.grafana_dashboard")).isEqualTo("1");
        Map<String, String> files = (Map<String, String>) dashboards.get("data");
        List<Path> shipped = dashboards();
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(
                shipped.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : shipped) {
            assertThat(files.get(file.getFileName().toString())).isEqualTo(Files.readString(file));
        }
        Map<String, Object> rules = Rendered.named(overlay, "ConfigMap", "prometheus-polku-rules");
        assertThat(((Map<String, String>) rules.get("data")).get("polku-alerts.yml")).isEqualTo(Files.readString(ALERTS));
    }

    private static List<Path> dashboards() throws IOException {
        try (var files = Files.list(OBSERVABILITY.resolve("grafana/dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void requirePromtool() {
        Tools.require("promtool", Tools.onPath("promtool", "--version"));
    }
}

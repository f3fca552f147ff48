package fi.polku.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml: accepted by docker-compose 1.29 and by the current compose-spec JSON schema, clean under
 * dclint, and built the way docs/deployment.md promises (healthchecks gate the start order, memory limits, pinned
 * images, no secrets, each service on its own MongoDB).
 */
class ComposeFileTest {

    /** The observability files (Prometheus configuration and rules, Grafana provisioning and dashboards). */
    static final Set<String> AGREED_WITH_OBSERVABILITY = Set.of(
            "./observability/prometheus/prometheus.yml", "./observability/prometheus/alerts.yml",
            "./observability/grafana/provisioning", "./observability/grafana/dashboards");

    @Test
    void dockerCompose129AcceptsTheFileWithTheExampleEnvironment() {
        Tools.require("docker-compose", Tools.onPath("docker-compose", "version"));
        var result = Tools.run(Tools.root(), List.of("docker-compose", "--env-file", ".env.example", "-f",
                "docker-compose.yml", "config", "-q"), 120);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void theFileFollowsTheComposeSpecSchema() throws Exception {
        // the compose-spec schema as dclint ships it (schemas/compose.schema.json, draft-07, additionalProperties
        // false on services, so a misspelt or unknown key fails)
        Path schemaFile = Tools.nodeModules().resolve("dclint/schemas/compose.schema.json");
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode schemaJson = (ObjectNode) mapper.readTree(Files.readString(schemaFile));
        // its $id is the relative "compose_spec.json"; give it an absolute one so that no lookup leaves this machine
        schemaJson.put("$id", schemaFile.toUri().toString());
        schemaJson.put("$schema", "http://json-schema.org/draft-07/schema#");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(mapper.writeValueAsString(schemaJson), InputFormat.JSON);
        String json = mapper.writeValueAsString(Compose.document());
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as("compose-spec schema").isEmpty();
    }

    @Test
    void dclintFindsNothing() {
        Path dclint = Tools.nodeModules().resolve("dclint/bin/dclint.cjs");
        var result = Tools.run(Tools.root(), List.of("node", dclint.toString(), "-c", "deploy-checks/dclint.json",
                "--max-warnings", "0", "--color", "false", "docker-compose.yml"), 120);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void everyImageIsPinnedAndEveryLongRunningContainerHasAHealthcheckAndAMemoryLimit() {
        Compose.services().forEach((name, raw) -> {
            Map<String, Object> service = Yaml.map(raw);
            if (service.containsKey("image")) {
                String image = service.get("image").toString();
                assertThat(image).as(name + " image").matches("[\\w./-]+:v?\\d+(\\.\\d+)+[\\w.-]*(@sha256:[0-9a-f]{64})?");
            } else {
                assertThat(Yaml.string(service, "build.dockerfile")).as(name + " is built from the Dockerfile")
                        .isEqualTo("Dockerfile");
            }
            assertThat(service.get("mem_limit")).as(name + " mem_limit").isNotNull();
            boolean oneShot = "no".equals(String.valueOf(service.get("restart")));
            if (!oneShot) {
                assertThat(Yaml.at(service, "healthcheck.test")).as(name + " healthcheck").isNotNull();
            }
        });
    }

    @Test
    void startOrderWaitsForHealthyDependencies() {
        Map<String, Object> services = Compose.services();
        services.forEach((name, raw) -> {
            Map<String, Object> dependsOn = Yaml.map(Yaml.map(raw).get("depends_on"));
            dependsOn.forEach((dependency, condition) -> {
                Map<String, Object> target = Yaml.map(services.get(dependency));
                assertThat(target).as(name + " depends on unknown " + dependency).isNotEmpty();
                String expected = "no".equals(String.valueOf(target.get("restart")))
                        ? "service_completed_successfully" : "service_healthy";
                assertThat(Yaml.string(condition, "condition")).as(name + " -> " + dependency).isEqualTo(expected);
            });
        });
        for (String service : Registry.SERVICES.keySet()) {
            Map<String, Object> dependsOn = Yaml.map(Compose.service(service).get("depends_on"));
            assertThat(dependsOn).as(service).containsKeys("kafka-topics", "mongo-" + service, "keycloak");
        }
    }

    @Test
    void everyServiceIsBuiltFromThisRepositoryAndUsesOnlyItsOwnDatabase() throws Exception {
        for (var entry : Registry.SERVICES.entrySet()) {
            String name = entry.getKey();
            int port = entry.getValue();
            Map<String, Object> service = Compose.service(name);
            assertThat(Yaml.string(service, "build.context")).isEqualTo(".");
            assertThat(Yaml.string(service, "build.args.SERVICE")).isEqualTo(name);
            assertThat(Yaml.string(service, "build.args.SERVICE_PORT")).isEqualTo(String.valueOf(port));
            Path config = Tools.root().resolve("services/" + name + "/src/main/resources/" + name + ".yml");
            if (Files.exists(config)) {
                assertThat(Yaml.string(Yaml.load(config), "server.port")).as(config.toString())
                        .isEqualTo(String.valueOf(port));
            }
            Map<String, String> env = Compose.environment(service);
            assertThat(env.get("SPRING_MONGODB_URI")).as(name)
                    .matches("mongodb://\\$\\{[A-Z_]+(:-?[^}]*)?}:\\$\\{[A-Z_]+:\\?[^}]*}@mongo-" + name
                            + ":27017/" + name + "\\?replicaSet=rs0&authSource=" + name);
            assertThat(env.get("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS")).isEqualTo("kafka:9092");
            assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")).endsWith("/realms/polku");
            assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"))
                    .isEqualTo("http://keycloak:8080/realms/polku/protocol/openid-connect/certs");
            assertThat(Yaml.list(Yaml.at(service, "healthcheck.test")).toString())
                    .contains("http://127.0.0.1:" + port + "/actuator/health/readiness");
            Map<String, String> mongo = Compose.environment(Compose.service("mongo-" + name));
            assertThat(mongo.get("MONGO_APP_DATABASE")).isEqualTo(name);
            assertThat(mongo.get("MONGO_REPLICA_MEMBERS")).isEqualTo("mongo-" + name + ":27017");
        }
    }

    @Test
    void noSecretIsCommittedAndEveryVariableIsInTheExampleEnvironment() throws Exception {
        String compose = Files.readString(Compose.file());
        Set<String> referenced = new TreeSet<>();
        Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)").matcher(compose);
        while (m.find()) {
            referenced.add(m.group(1));
        }
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(Tools.root().resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(example).as(".env.example names every variable docker-compose.yml uses").containsAll(referenced);
        // a password-like setting is always a reference to the environment, never a literal
        List<String> literals = new ArrayList<>();
        Compose.services().forEach((name, raw) -> Compose.environment(Yaml.map(raw)).forEach((key, value) -> {
            if (key.matches(".*(PASSWORD|SECRET|TOKEN).*") && (value == null || !value.matches("\\$\\{[A-Z0-9_]+:\\?.+}"))) {
                literals.add(name + "." + key + "=" + value);
            }
        }));
        assertThat(literals).as("secrets must come from .env, required with ${VAR:?...}").isEmpty();
        assertThat(Files.readString(Tools.root().resolve(".gitignore")).lines()).contains(".env");
    }

    @Test
    void everyFileMountedFromTheRepositoryExists() {
        List<String> missing = new ArrayList<>();
        Set<String> observability = new TreeSet<>();
        Compose.services().forEach((name, raw) -> {
            for (Object volume : Yaml.list(Yaml.map(raw).get("volumes"))) {
                String source = volume.toString().split(":")[0];
                if (!source.startsWith(".")) {
                    continue; // a named volume
                }
                if (source.startsWith("./observability/")) {
                    observability.add(source);
                }
                if (!Files.exists(Tools.root().resolve(source))) {
                    missing.add(name + ": " + source);
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(observability).isEqualTo(AGREED_WITH_OBSERVABILITY);
    }

    @Test
    void theMongoDbScriptsThatComposeAndKubernetesShareParse() {
        // no MongoDB server can run here: the scripts are at least checked by their interpreters' parsers
        var shell = Tools.run(Tools.root(), List.of("bash", "-n", "k8s/base/mongodb/start-mongod.sh"), 30);
        assertThat(shell.exitCode()).as(shell.output()).isZero();
        Tools.require("node", Tools.onPath("node"));
        var js = Tools.run(Tools.root(), List.of("node", "--check", "k8s/base/mongodb/ensure-replica-set.js"), 30);
        assertThat(js.exitCode()).as(js.output()).isZero();
    }
}

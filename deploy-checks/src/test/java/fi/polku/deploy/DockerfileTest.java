package fi.polku.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Dockerfile every service is built with. No Docker engine runs here, so it is linted (dockerfile-utils,
 * the validator behind the VS Code Docker extension: instructions, flags, arguments) and held to the rules below;
 * its layer layout is compared with what Spring Boot's jar tools really produce from a service jar.
 */
class DockerfileTest {

    private static Path dockerfile() {
        return Tools.root().resolve("Dockerfile");
    }

    /** Instructions with continuation lines joined and comments dropped. */
    static List<String> instructions(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty()) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
            } else {
                current.append(stripped);
                result.add(current.toString());
                current.setLength(0);
            }
        }
        return result;
    }

    @Test
    void theLinterFindsNothing() {
        Path cli = Tools.nodeModules().resolve("dockerfile-utils/bin/dockerfile-utils");
        var result = Tools.run(Tools.root(), List.of("node", cli.toString(), "lint", "Dockerfile"), 120);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).as("no warnings either").isBlank();
    }

    @Test
    void baseImagesArePinnedTheBuildIsMultiStageAndTheRuntimeRunsAsNonRootWithAHealthcheck() throws IOException {
        List<String> all = instructions(Files.readString(dockerfile()));
        List<String> froms = all.stream().filter(i -> i.startsWith("FROM ")).toList();
        assertThat(froms).as("build, layers, runtime").hasSizeGreaterThanOrEqualTo(2);
        for (String from : froms) {
            String image = from.split("\\s+")[1];
            assertThat(image).as(from).doesNotContain("latest")
                    .matches("[\\w./-]+:\\d+(\\.\\d+)*[\\w.-]*(@sha256:[0-9a-f]{64})?");
        }
        assertThat(all).as("the Maven wrapper builds the module given by SERVICE")
                .anyMatch(i -> i.startsWith("RUN ") && i.contains("./mvnw") && i.contains("-pl \"services/${SERVICE}\""));
        int lastFrom = all.lastIndexOf(froms.get(froms.size() - 1));
        List<String> runtime = all.subList(lastFrom, all.size());
        List<String> users = runtime.stream().filter(i -> i.startsWith("USER ")).toList();
        assertThat(users).as("the runtime stage sets a user").isNotEmpty();
        String user = users.get(users.size() - 1).substring(5).strip().split(":")[0];
        assertThat(user).as("numeric, non-root (Kubernetes runAsNonRoot can verify it)").matches("\\d+")
                .isNotEqualTo("0");
        assertThat(runtime).as("HEALTHCHECK on the actuator readiness probe")
                .anyMatch(i -> i.startsWith("HEALTHCHECK ") && i.contains("/actuator/health/readiness"));
        assertThat(runtime).as("exec-form entrypoint, so java gets SIGTERM for a graceful shutdown")
                .anyMatch(i -> i.startsWith("ENTRYPOINT [\"java\""));
        assertThat(runtime).as("the runtime stage copies the layers, not the fat jar")
                .noneMatch(i -> i.startsWith("COPY") && i.endsWith("application.jar application.jar"));
    }

    @Test
    void theLayersCopiedAreTheLayersSpringBootWrites() throws IOException {
        List<String> copied = instructions(Files.readString(dockerfile())).stream()
                .filter(i -> i.startsWith("COPY --from=layers /workspace/extracted/"))
                .map(i -> i.substring("COPY --from=layers /workspace/extracted/".length()).split("/")[0])
                .toList();
        Path jar;
        try (Stream<Path> jars = Files.list(Tools.root().resolve("services"))
                .map(service -> service.resolve("target"))
                .filter(Files::isDirectory)
                .flatMap(DockerfileTest::list)
                .filter(p -> p.getFileName().toString().endsWith("-exec.jar"))) {
            jar = jars.findFirst().orElse(null);
        }
        Tools.require("a packaged service jar (./mvnw package builds services/*/target/*-exec.jar)", jar != null);
        var layers = Tools.run(Tools.root(), List.of(javaCommand(), "-Djarmode=tools", "-jar", jar.toString(),
                "list-layers"), 60);
        assertThat(layers.exitCode()).as(layers.output()).isZero();
        List<String> expected = layers.output().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(copied).as("COPY --from=layers, in Spring Boot's order (least to most often changed)")
                .containsExactlyElementsOf(expected);
    }

    private static Stream<Path> list(Path directory) {
        try {
            return Files.list(directory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

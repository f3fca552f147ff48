package fi.polku.events;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** asyncapi.yaml is checked by the real AsyncAPI parser and must describe every topic and event type. */
class AsyncApiDocumentTest {

    @Test
    void theAsyncApiParserAcceptsTheDocument() {
        Path root = RequiredTool.repositoryRoot();
        Path checkers = root.resolve("tools/checkers");
        RequiredTool.require("node", RequiredTool.onPath("node"));
        if (!Files.exists(checkers.resolve("node_modules/@asyncapi/parser"))) {
            RequiredTool.require("npm", RequiredTool.onPath("npm"));
            var install = RequiredTool.run(checkers, List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertThat(install.exitCode()).as(install.output()).isZero();
        }
        var check = RequiredTool.run(checkers, List.of("node", "check-asyncapi.mjs",
                root.resolve("platform/events/src/main/resources/asyncapi.yaml").toString()), 120);
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("asyncapi ok: " + Topic.values().length + " channels, "
                + EventType.values().length + " messages");
    }

    @Test
    void theCommittedDocumentIsGeneratedFromTheRegistry() throws Exception {
        Path file = RequiredTool.repositoryRoot().resolve("platform/events/src/main/resources/asyncapi.yaml");
        String generated = AsyncApiGenerator.generate();
        if (Boolean.getBoolean("polku.asyncapi.write")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.readString(file))
                .as("asyncapi.yaml is stale: run ./mvnw -pl platform/events test -Dpolku.asyncapi.write=true")
                .isEqualTo(generated);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTopicAndEventTypeIsDescribed() throws Exception {
        Map<String, Object> document;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            document = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) document.get("channels");
        List<Object> addresses = channels.values().stream().map(c -> c.get("address")).toList();
        for (Topic topic : Topic.values()) {
            assertThat(addresses).contains(topic.topicName());
        }
        String text = new String(getClass().getResourceAsStream("/asyncapi.yaml").readAllBytes());
        for (EventType type : EventType.values()) {
            assertThat(text).as(type.typeName()).contains(type.typeName());
        }
    }

    @Test
    void everyTopicHasExactlyOneWriterAndEveryEventTypeOneTopic() {
        for (EventType type : EventType.values()) {
            assertThat(type.typeName()).startsWith("fi.polku." + type.topic().writer() + ".");
        }
    }
}

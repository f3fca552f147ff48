package fi.polku.deploy;

import fi.polku.deploy.Registry.Acl;
import fi.polku.deploy.Registry.KafkaTopicSpec;
import fi.polku.events.Topic;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic registry (Topic.java) drives the deployment: compose's topic initialisation, the KafkaTopics and the
 * KafkaUsers' ACLs. Each of them is compared with what the registry says.
 */
class TopicRegistryTest {

    @Test
    void composeCreatesExactlyTheRegistryTopicsWithTheirPartitionsAndRetention() {
        String list = Compose.environment(Compose.service("kafka-topics")).get("POLKU_TOPICS");
        List<String> expected = Registry.topics().stream().map(KafkaTopicSpec::line).toList();
        String paste = expected.stream().map(l -> "        " + l).collect(Collectors.joining("\n"));
        assertThat(list == null ? List.of() : list.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .as("kafka-topics POLKU_TOPICS in docker-compose.yml; from the registry it reads:\n" + paste)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void kubernetesHasAKafkaTopicForEveryRegistryTopicAndNothingElse() {
        for (String overlay : Rendered.OVERLAYS) {
            Map<String, KafkaTopicSpec> rendered = new TreeMap<>();
            Rendered.ofKind(overlay, "KafkaTopic").forEach(t -> {
                String name = Yaml.string(t, "spec.topicName");
                Object retention = Yaml.map(Yaml.at(t, "spec.config")).get("retention.ms");
                rendered.put(name, new KafkaTopicSpec(name, ((Number) Yaml.at(t, "spec.partitions")).intValue(),
                        Long.parseLong(String.valueOf(retention))));
                assertThat(Yaml.map(Yaml.at(t, "metadata.labels")).get("strimzi.io/cluster")).as(name)
                        .isEqualTo("polku");
            });
            Map<String, KafkaTopicSpec> expected = new TreeMap<>();
            Registry.topics().forEach(t -> expected.put(t.name(), t));
            assertThat(rendered).as(overlay).isEqualTo(expected);
        }
    }

    @Test
    void everyKafkaUserMayWriteOnlyItsOwnTopicsAndReadOnlyWhatItConsumes() {
        for (String overlay : Rendered.OVERLAYS) {
            Map<String, Set<Acl>> rendered = new TreeMap<>();
            Rendered.ofKind(overlay, "KafkaUser").forEach(u -> {
                Set<Acl> acls = new LinkedHashSet<>();
                for (Object raw : Yaml.list(Yaml.at(u, "spec.authorization.acls"))) {
                    Map<String, Object> acl = Yaml.map(raw);
                    assertThat(Yaml.string(acl, "resource.patternType")).as("only literal resources (the default)")
                            .isIn(null, "literal");
                    assertThat(Yaml.string(acl, "resource.name")).as("no wildcard").doesNotContain("*");
                    assertThat(acl).as("the deprecated single 'operation'").doesNotContainKey("operation");
                    Acl entry = new Acl(Yaml.string(acl, "resource.type"), Yaml.string(acl, "resource.name"),
                            Yaml.list(acl.get("operations")).stream().map(Object::toString)
                                    .collect(Collectors.toCollection(TreeSet::new)));
                    assertThat(acls.add(entry)).as("duplicate ACL " + entry).isTrue();
                }
                assertThat(Yaml.string(u, "spec.authorization.type")).isEqualTo("simple");
                rendered.put(Yaml.string(u, "metadata.name"), normalise(acls));
            });
            Map<String, Set<Acl>> expected = new TreeMap<>();
            for (String service : Registry.SERVICES.keySet()) {
                expected.put(service, normalise(Registry.expectedAcls(service)));
            }
            assertThat(rendered.keySet()).as(overlay + ": a KafkaUser per service").isEqualTo(expected.keySet());
            expected.forEach((service, acls) -> assertThat(rendered.get(service)).as(overlay + " KafkaUser " + service)
                    .containsExactlyInAnyOrderElementsOf(acls));
        }
    }

    @Test
    void everyWriterAndConsumerOfTheRegistryIsDeployed() {
        assertThat(Registry.SERVICES.keySet()).containsAll(Registry.servicesInRegistry());
    }

    @Test
    void servicesBindOnlyTopicsTheRegistryLetsThemConsume() throws Exception {
        // a binding the registry does not list would be refused by the KafkaUser's ACLs in Kubernetes
        int checked = 0;
        Set<String> deadLetterTopics = Registry.deadLetterTopics();
        for (String service : Registry.SERVICES.keySet()) {
            Path config = Tools.root().resolve("services/" + service + "/src/main/resources/" + service + ".yml");
            if (!Files.exists(config)) {
                continue; // a service still being built on its own branch: its KafkaUser follows the registry
            }
            Map<String, Object> bindings = Yaml.map(Yaml.at(Yaml.load(config), "spring.cloud.stream.bindings"));
            for (var binding : bindings.entrySet()) {
                String destination = Yaml.string(binding.getValue(), "destination");
                if (!binding.getKey().contains("-in-") || destination == null || destination.contains("\\")) {
                    continue; // outputs, and pattern subscriptions (dead letters) are checked through the ACLs
                }
                // a binding may list several topics, comma-separated (operations reads them all)
                for (String listed : destination.split(",")) {
                    String topic = listed.trim().replace("${polku.kafka.topic-prefix}", "");
                    if (deadLetterTopics.contains(topic)) {
                        assertThat(Registry.DEAD_LETTER_READERS).as(service + " reads dead letters of " + topic)
                                .contains(service);
                    } else {
                        assertThat(Topic.byName(topic)).as(service + " binds " + topic).isPresent();
                        assertThat(Topic.byName(topic).orElseThrow().consumers()).as(service + " consumes " + topic)
                                .contains(service);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("bindings checked").isPositive();
    }

    private static Set<Acl> normalise(Set<Acl> acls) {
        return acls.stream().map(a -> new Acl(a.type(), a.name(), new TreeSet<>(a.operations())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

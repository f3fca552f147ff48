package fi.polku.operations;

import fi.polku.events.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** operations.yml names the topics it reads; the registry is the truth, so the two must list the same topics. */
class BindingsMatchTheRegistryTest {

    static final String PREFIX = "${polku.kafka.topic-prefix}";

    @Test
    void theConsoleReadsEveryTopicOfTheRegistry() {
        List<String> expected = Arrays.stream(Topic.values()).map(t -> PREFIX + t.topicName()).toList();
        assertThat(destinations("events-in-0")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Arrays.stream(Topic.values())).allMatch(t -> t.consumers().contains("operations"));
    }

    @Test
    void theConsoleReadsEveryConsumersDeadLetterTopic() {
        List<String> expected = Arrays.stream(Topic.values())
                .flatMap(t -> t.consumers().stream().map(c -> PREFIX + t.deadLetterTopicName(c))).toList();
        assertThat(destinations("deadLetterTopics-in-0")).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> destinations(String binding) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("operations.yml"));
        Properties properties = yaml.getObject();
        String destination = properties.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
        return Arrays.stream(destination.split(",")).map(String::trim).toList();
    }
}

package fi.polku.deploy;

import fi.polku.events.Topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the deployment artefacts must agree with: the topic registry and the five services. */
final class Registry {

    /** The services and their HTTP ports (services/*\/src/main/resources/<service>.yml server.port). */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("reception", 8081);
        SERVICES.put("placement", 8082);
        SERVICES.put("compensation", 8083);
        SERVICES.put("notification", 8084);
        SERVICES.put("operations", 8085);
    }

    /**
     * Services that read every dead-letter topic: the operator console shows and counts dead letters
     * (services/operations binds each {@code <topic>.<group>.dlt} by name, listed in operations.yml).
     */
    static final Set<String> DEAD_LETTER_READERS = Set.of("operations");

    private Registry() {
    }

    /** A Kafka topic the deployment creates: the registry's topics and each consumer's dead-letter topic. */
    record KafkaTopicSpec(String name, int partitions, long retentionMs) {
        String line() {
            return name + " " + partitions + " " + retentionMs;
        }
    }

    static long retentionMs(Topic topic) {
        return Duration.parse(topic.retention()).toMillis();
    }

    static List<KafkaTopicSpec> topics() {
        List<KafkaTopicSpec> all = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            all.add(new KafkaTopicSpec(topic.topicName(), topic.partitions(), retentionMs(topic)));
            for (String consumer : topic.consumers()) {
                // dead letters keep the partition of their record, so the DLT has the partitions of its topic
                all.add(new KafkaTopicSpec(topic.deadLetterTopicName(consumer), topic.partitions(), retentionMs(topic)));
            }
        }
        return all;
    }

    static Set<String> deadLetterTopics() {
        Set<String> names = new TreeSet<>();
        for (Topic topic : Topic.values()) {
            topic.consumers().forEach(c -> names.add(topic.deadLetterTopicName(c)));
        }
        return names;
    }

    /** An ACL entry in the shape of Strimzi's simple authorization: resource type, literal name, operations. */
    record Acl(String type, String name, Set<String> operations) {
    }

    /** The ACLs a service's KafkaUser must have: exactly these, derived from the registry. */
    static Set<Acl> expectedAcls(String service) {
        Set<Acl> acls = new LinkedHashSet<>();
        boolean consumes = false;
        for (Topic topic : Topic.values()) {
            if (topic.writer().equals(service)) {
                acls.add(new Acl("topic", topic.topicName(), Set.of("Write", "Describe")));
            }
            if (topic.consumers().contains(service)) {
                consumes = true;
                acls.add(new Acl("topic", topic.topicName(), Set.of("Read", "Describe")));
                acls.add(new Acl("topic", topic.deadLetterTopicName(service), Set.of("Write", "Describe")));
            }
        }
        if (DEAD_LETTER_READERS.contains(service)) {
            deadLetterTopics().forEach(name -> acls.add(new Acl("topic", name, Set.of("Read", "Describe"))));
        }
        if (consumes) {
            acls.add(new Acl("group", service, Set.of("Read")));
        }
        return acls;
    }

    /** Every service the registry names as a writer or a consumer. */
    static Set<String> servicesInRegistry() {
        Set<String> names = new TreeSet<>();
        for (Topic topic : Topic.values()) {
            names.add(topic.writer());
            names.addAll(topic.consumers());
        }
        return names;
    }

    /** The partitions of the busiest topic a service consumes: more consumers than that in one group would idle. */
    static int maxConsumedPartitions(String service) {
        int max = 0;
        for (Topic topic : Topic.values()) {
            if (topic.consumers().contains(service)) {
                max = Math.max(max, topic.partitions());
            }
        }
        return max;
    }
}

package fi.polku.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The topic registry: every Kafka topic Polku uses, the one service allowed to write it and what its key is.
 * Topic names are versioned; a breaking change gets a new topic, never a new meaning for an old one.
 */
public enum Topic {

    RECEPTION_RESIDENTS("polku.reception.residents.v1", "reception", "householdId", 6, "P30D",
            "Reception centre residents: permits, placement applications, self-moves, move-outs and revoked consents.",
            "placement", "compensation", "notification", "operations"),
    PLACEMENT_CASES("polku.placement.cases.v1", "placement", "caseId", 6, "P30D",
            "Placement cases: opened, offered, answered, assigned, settled and later moves.",
            "reception", "compensation", "notification", "operations"),
    PLACEMENT_MUNICIPALITIES("polku.placement.municipalities.v1", "placement", "municipalityCode", 3, "P3650D",
            "Municipalities' placement agreements, confirmed places and integration programmes.",
            "compensation", "notification", "operations"),
    COMPENSATION("polku.compensation.v1", "compensation",
            "aggregate id (entitlementId, runId, claimId or applicationId)", 6, "P30D",
            "State compensation to municipalities: entitlements, payment runs, claims, withheld payments.",
            "notification", "operations"),
    NOTIFICATION_DELIVERIES("polku.notification.deliveries.v1", "notification", "notificationId", 3, "P7D",
            "Outcomes of delivering notifications to authorities.",
            "operations");

    private final String topicName;
    private final String writer;
    private final String key;
    private final int partitions;
    private final String retention;
    private final String description;
    private final List<String> consumers;

    Topic(String topicName, String writer, String key, int partitions, String retention, String description,
          String... consumers) {
        this.topicName = topicName;
        this.writer = writer;
        this.key = key;
        this.partitions = partitions;
        this.retention = retention;
        this.description = description;
        this.consumers = List.of(consumers);
    }

    /** The topic's name in Kafka (without any environment prefix). */
    public String topicName() {
        return topicName;
    }

    /** The only service that may publish to this topic. */
    public String writer() {
        return writer;
    }

    /** The field of the aggregate whose value keys each message, so one aggregate's events stay in order. */
    public String key() {
        return key;
    }

    public int partitions() {
        return partitions;
    }

    /** Retention as an ISO-8601 duration; partitions and retention drive topic creation in compose and k8s. */
    public String retention() {
        return retention;
    }

    public String description() {
        return description;
    }

    /** The services that consume this topic, each in a consumer group of its own. */
    public List<String> consumers() {
        return consumers;
    }

    /** The name of the dead-letter topic that collects what {@code consumerGroup} could not process from this topic. */
    public String deadLetterTopicName(String consumerGroup) {
        return deadLetterTopicName(topicName, consumerGroup);
    }

    /** The same for a topic as the broker names it (with its environment prefix, as a record or binding has it). */
    public static String deadLetterTopicName(String topicName, String consumerGroup) {
        return topicName + "." + consumerGroup + ".dlt";
    }

    public static Optional<Topic> byName(String topicName) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(topicName)).findFirst();
    }
}

package fi.polku.kit.messaging;

import fi.polku.events.Topic;

/**
 * Topic names in this deployment: the registry's names behind an optional prefix, so that tests (one per prefix)
 * and shared clusters (one per environment) never see each other's events.
 */
public record TopicNames(String prefix) {

    public TopicNames {
        prefix = prefix == null ? "" : prefix;
    }

    public String of(Topic topic) {
        return prefix + topic.topicName();
    }
}

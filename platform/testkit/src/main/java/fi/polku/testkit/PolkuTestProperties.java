package fi.polku.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Connects a service under test to the shared infrastructure with its own database and its own topics: every
 * test run gets a fresh topic prefix and database name, so no restart and no clean-up is ever needed.
 */
public final class PolkuTestProperties {

    private PolkuTestProperties() {
    }

    public static String newRunId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The topic prefix of a run: every service of the run shares it. */
    public static String topicPrefix(String runId) {
        return "t" + runId + ".";
    }

    public static Map<String, String> forService(String service, String runId) {
        PolkuInfrastructure infrastructure = PolkuInfrastructure.get();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers());
        p.put("spring.mongodb.uri", infrastructure.mongoUri(service + "-" + runId));
        p.put("polku.kafka.topic-prefix", topicPrefix(runId));
        p.put("spring.security.oauth2.resourceserver.jwt.public-key-location", Keys.LOCATION);
        return p;
    }

    /** The shared key's public half, written once per JVM. */
    private static final class Keys {
        static final String LOCATION = Tokens.shared().publicKeyLocation();
    }
}

package fi.polku.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * One real Kafka broker and one MongoDB-protocol server per test JVM, started on first use and shared by every
 * test in it. Where a Docker engine answers, real {@code apache/kafka} and {@code mongo} containers are used;
 * otherwise an in-JVM KRaft broker (spring-kafka-test) and mongo-java-server. Set {@code POLKU_TEST_INFRA=embedded}
 * or {@code containers} to choose explicitly.
 */
public final class PolkuInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(PolkuInfrastructure.class);
    private static volatile PolkuInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoUri;
    private final String kind;

    private PolkuInfrastructure(String kafkaBootstrapServers, String mongoUri, String kind) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoUri = mongoUri;
        this.kind = kind;
    }

    public static PolkuInfrastructure get() {
        if (instance == null) {
            synchronized (PolkuInfrastructure.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static PolkuInfrastructure start() {
        String choice = System.getenv().getOrDefault("POLKU_TEST_INFRA", "auto");
        boolean containers = choice.equals("containers") || (choice.equals("auto") && dockerAvailable());
        long started = System.nanoTime();
        PolkuInfrastructure infrastructure = containers ? startContainers() : startEmbedded();
        log.info("Test infrastructure ({}) up in {} ms: kafka {}, mongo {}", infrastructure.kind,
                (System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrapServers, infrastructure.mongoUri);
        return infrastructure;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PolkuInfrastructure startEmbedded() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 1)
                .brokerProperties(Map.of(
                        "auto.create.topics.enable", "true",
                        "group.initial.rebalance.delay.ms", "0",
                        "transaction.state.log.replication.factor", "1",
                        "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            broker.destroy();
        }, "polku-test-infrastructure-stop"));
        return new PolkuInfrastructure(broker.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort(), "embedded");
    }

    private static PolkuInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        // containers are stopped by Testcontainers' reaper when the JVM ends
        String uri = mongo.getConnectionString();
        return new PolkuInfrastructure(kafka.getBootstrapServers(), uri, "containers");
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The server's URI without a database: each test context appends its own. */
    public String mongoUri() {
        return mongoUri;
    }

    public String mongoUri(String database) {
        return mongoUri + "/" + database;
    }

    public String kind() {
        return kind;
    }
}

package fi.polku.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fi.polku.testkit.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default: a real Kafka broker (KRaft), a MongoDB-protocol server persisting to {@code data/}, a local
 * token issuer and the five services, each service in its own JVM. {@code --demo N} then walks N households
 * through the whole path. Ctrl-C stops everything; starting again finds the data where it was.
 */
public final class LocalStack {

    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int MONGO = 27017;
    static final int ISSUER = 8090;

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        int demo = 0;
        Path data = Path.of("data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: polku [--demo N] [--data DIR]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(data);
        Path dataDir = data;
        Instant begin = Instant.now();
        for (int port : List.of(KAFKA, KAFKA_CONTROLLER, MONGO, ISSUER, 8081, 8082, 8083, 8084, 8085)) {
            KafkaBroker.requireFree(port);
        }

        System.out.println("Polku local stack, data in " + data.toAbsolutePath());
        KafkaBroker kafka = new KafkaBroker(data, KAFKA, KAFKA_CONTROLLER);
        H2Backend backend = new H2Backend(data.resolve("mongo.mv").toAbsolutePath().toString());
        MongoServer mongo = new MongoServer(backend);
        TokenIssuer issuer = new TokenIssuer(Tokens.persistentIn(data.resolve("issuer-key.json")));
        List<ServiceProcess> services = List.of(
                new ServiceProcess("reception", 8081, "fi.polku.reception.ReceptionApplication"),
                new ServiceProcess("placement", 8082, "fi.polku.placement.PlacementApplication"),
                new ServiceProcess("compensation", 8083, "fi.polku.compensation.CompensationApplication"),
                new ServiceProcess("notification", 8084, "fi.polku.notification.NotificationApplication"),
                new ServiceProcess("operations", 8085, "fi.polku.operations.OperationsApplication"));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Polku...");
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).stop();
            }
            kafka.stop();
            issuer.stop();
            mongo.shutdownNow();
            backend.close();
            System.out.println("Stopped. Data kept in " + dataDir.toAbsolutePath());
            stopped.countDown();
        }, "polku-stop"));

        kafka.start();
        System.out.printf("  kafka          %s (KRaft, log in %s)%n", kafka.bootstrapServers(), data.resolve("kafka"));
        mongo.bind("127.0.0.1", MONGO);
        System.out.printf("  mongo          mongodb://127.0.0.1:%d (H2 file %s)%n", MONGO, data.resolve("mongo.mv"));
        issuer.start(ISSUER);
        System.out.printf("  token issuer   http://localhost:%d/token?user=NAME (users: /users)%n", ISSUER);

        List<String> common = List.of(
                "--spring.cloud.stream.kafka.binder.brokers=" + kafka.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:" + ISSUER + "/jwks");
        for (ServiceProcess service : services) {
            List<String> arguments = new java.util.ArrayList<>(common);
            arguments.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + MONGO + "/" + service.name);
            service.start(data, arguments);
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        System.out.printf("%nPolku is up in %.1f s:%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        System.out.println("  service        API                       OpenAPI UI                               metrics"
                + "                                   started   memory");
        for (ServiceProcess s : services) {
            System.out.printf("  %-14s %-25s %-40s %-41s %5.1f s  %4d MiB%n", s.name, s.baseUrl() + "/api/v1",
                    s.baseUrl() + "/swagger-ui.html", s.baseUrl() + "/actuator/prometheus",
                    s.startTime().toMillis() / 1000.0, s.residentMiB());
        }
        System.out.printf("  kafka broker   %d MiB%n", JavaProcess.residentMiB(kafka.pid()));
        System.out.println();
        System.out.println("Tokens: TOKEN=$(curl -s 'http://localhost:" + ISSUER
                + "/token?user=staff-oulu')   then   curl -H \"Authorization: Bearer $TOKEN\" ...");
        System.out.println("Users:  " + String.join(", ", LocalUsers.USERS.keySet()));
        System.out.println("Logs:   " + data.resolve("logs").toAbsolutePath());
        // the token rides in the fragment, which the browser never sends to a server; the page keeps it per tab
        System.out.println();
        System.out.println("Operator console: http://localhost:8085/console/index.html#token=" + issuer.token("operator"));
        System.out.println("  (the token is valid for 8 hours; the page asks for a new one when it has expired)");

        if (demo > 0) {
            new Demo(Endpoints.localhost(8081, 8082, 8083, 8084), issuer).run(demo);
        }
        System.out.println("\nPress Ctrl-C to stop.");
        stopped.await();
    }
}

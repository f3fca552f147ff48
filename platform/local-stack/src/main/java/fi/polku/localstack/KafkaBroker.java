package fi.polku.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one process), started as its own JVM with
 * its log under {@code data/kafka}, so events and consumer offsets survive a restart.
 */
final class KafkaBroker {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    KafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    void start() throws IOException, InterruptedException {
        Path logDir = dataDir.resolve("kafka");
        Path config = dataDir.resolve("kafka-server.properties");
        Files.createDirectories(logDir);
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=720",
                ""));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            Process format = java(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c",
                    config.toAbsolutePath().toString()), "kafka-format").start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("Formatting the Kafka log failed: see data/logs/kafka-format.log");
            }
        }
        process = java(List.of("kafka.Kafka", config.toAbsolutePath().toString()), "kafka").start();
        awaitPort(port, Duration.ofSeconds(60));
    }

    private String clusterId() {
        // a Kafka cluster id is a base64url UUID of 22 characters
        UUID uuid = UUID.randomUUID();
        var buffer = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private ProcessBuilder java(List<String> mainAndArgs, String logName) throws IOException {
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Path logback = logs.resolve("kafka-logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %-5level [%logger{20}] %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                  <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                </configuration>
                """);
        var command = new java.util.ArrayList<>(List.of(JavaProcess.javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=" + logback.toAbsolutePath(), "-cp", JavaProcess.classPath()));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(logName + ".log").toFile()));
    }

    static void awaitPort(int port, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Nothing listens on port " + port + " after " + timeout);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    void stop() {
        if (process != null) {
            JavaProcess.stop(process, "kafka");
        }
    }

    static void requireFree(int port) {
        try (var server = new java.net.ServerSocket(port)) {
            server.setReuseAddress(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + port + " is in use: is Polku already running?", e);
        }
    }
}

package fi.polku.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One Polku service in its own JVM, logging to {@code data/logs/<name>.log}. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final int port;
    private final String mainClass;
    private Process process;
    private Instant started;
    private Duration startTime;

    ServiceProcess(String name, int port, String mainClass) {
        this.name = name;
        this.port = port;
        this.mainClass = mainClass;
    }

    void start(Path dataDir, List<String> arguments) throws IOException {
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        List<String> command = new ArrayList<>(List.of(JavaProcess.javaExecutable(), "-Xmx256m", "-Xss512k",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", JavaProcess.classPath(), mainClass));
        command.addAll(arguments);
        started = Instant.now();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile())).start();
    }

    /** Waits until the readiness probe answers UP. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + ": see data/logs/" + name + ".log");
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    startTime = Duration.between(started, Instant.now());
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ": see data/logs/" + name + ".log");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Duration startTime() {
        return startTime;
    }

    long residentMiB() {
        return JavaProcess.residentMiB(process.pid());
    }

    void stop() {
        if (process != null) {
            JavaProcess.stop(process, name);
        }
    }
}

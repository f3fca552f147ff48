package fi.polku.events;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external checker. Where the tool is missing the test fails under {@code CI=true} (CI must install it)
 * and is reported as skipped elsewhere: never a silent pass.
 */
final class RequiredTool {

    private RequiredTool() {
    }

    record Result(int exitCode, String output) {
    }

    static Path repositoryRoot() {
        String root = System.getenv("POLKU_REPO_ROOT");
        Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (path != null && !Files.exists(path.resolve("mvnw"))) {
            path = path.getParent();
        }
        if (path == null) {
            throw new IllegalStateException("Cannot find the repository root");
        }
        return path;
    }

    static void require(String tool, boolean present) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(tool + " is required under CI=true but is missing");
        }
        Assumptions.abort(tool + " is not installed here; .ci/run installs it");
    }

    static boolean onPath(String command) {
        try {
            return run(Path.of("."), List.of(command, "--version"), 30).exitCode() == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Result run(Path directory, List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

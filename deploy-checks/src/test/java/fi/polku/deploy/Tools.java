package fi.polku.deploy;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the external checkers. Where one is missing the test fails under {@code CI=true} (.ci/run must install it)
 * and is aborted (reported as skipped) elsewhere: never a silent pass.
 */
final class Tools {

    private Tools() {
    }

    record Result(int exitCode, String output) {
    }

    static Path root() {
        String root = System.getenv("POLKU_REPO_ROOT");
        Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (path != null && !Files.exists(path.resolve("mvnw"))) {
            path = path.getParent();
        }
        if (path == null) {
            throw new IllegalStateException("Cannot find the repository root");
        }
        return path.toAbsolutePath();
    }

    static Path checks() {
        return root().resolve("deploy-checks");
    }

    static void require(String tool, boolean present) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(tool + " is required under CI=true but is missing (see docs/deployment.md)");
        }
        Assumptions.abort(tool + " is not installed here; .ci/run installs it (see docs/deployment.md)");
    }

    static boolean onPath(String command, String... versionArgs) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of(command));
            cmd.addAll(versionArgs.length == 0 ? List.of("--version") : List.of(versionArgs));
            return run(Path.of("."), cmd, 60).exitCode() == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The npm checkers of deploy-checks/package.json, installed from the lock file on first use. */
    static Path nodeModules() {
        Path modules = checks().resolve("node_modules");
        if (!Files.exists(modules.resolve("dclint")) || !Files.exists(modules.resolve("dockerfile-utils"))) {
            require("node", onPath("node"));
            require("npm", onPath("npm"));
            Result install = run(checks(), List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
            if (install.exitCode() != 0) {
                throw new AssertionError("npm ci in deploy-checks failed:\n" + install.output());
            }
        }
        return modules;
    }

    static Result run(Path directory, List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
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

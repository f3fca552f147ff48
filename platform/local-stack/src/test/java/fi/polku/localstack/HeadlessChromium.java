package fi.polku.localstack;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Debian chromium driven through its chromedriver, headless and cut off from everything but this machine: no
 * Selenium Manager download (both paths are given), no background networking, no component updates, a fresh
 * profile. Every step has a bounded timeout, and {@link #diagnose} writes what the browser saw (page source, console
 * log, screenshot, chromedriver's own log) into {@code target/} so that a failure explains itself.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path artefacts;
    private final Path profile;
    private final ChromeDriver driver;
    private final Instant started = Instant.now();

    private HeadlessChromium(Path artefacts) throws IOException {
        this.artefacts = Files.createDirectories(artefacts);
        this.profile = Files.createTempDirectory("polku-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withVerbose(true)
                .withLogFile(artefacts.resolve("chromedriver.log").toFile())
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--no-proxy-server", "--disable-extensions", "--no-default-browser-check",
                "--window-size=1280,2200", "--user-data-dir=" + profile);
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(10));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(service, options);
    }

    /**
     * Starts the browser, or returns null when chromium or chromedriver is missing and CI is not set; under
     * {@code CI=true} a missing browser fails the test instead of skipping it.
     */
    static HeadlessChromium startOrNull(Path artefacts) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: "
                        + "apt-get install -y chromium chromium-driver");
            }
            return null;
        }
        return new HeadlessChromium(artefacts);
    }

    ChromeDriver driver() {
        return driver;
    }

    Duration sinceStart() {
        return Duration.between(started, Instant.now());
    }

    void screenshot(String name) {
        try {
            Files.write(artefacts.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the page source, the browser's console log and a screenshot next to chromedriver's log. */
    String diagnose(String name) {
        StringBuilder report = new StringBuilder();
        try {
            Files.writeString(artefacts.resolve(name + "-page.html"), driver.getPageSource());
            report.append("page source: ").append(artefacts.resolve(name + "-page.html")).append('\n');
        } catch (RuntimeException | IOException e) {
            report.append("no page source: ").append(e).append('\n');
        }
        try {
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                    .collect(Collectors.joining("\n"));
            Files.writeString(artefacts.resolve(name + "-browser-console.log"), console);
            report.append("browser console:\n").append(console).append('\n');
        } catch (RuntimeException | IOException e) {
            report.append("no browser console log: ").append(e).append('\n');
        }
        try {
            screenshot(name + ".png");
            report.append("screenshot: ").append(artefacts.resolve(name + ".png")).append('\n');
        } catch (RuntimeException e) {
            report.append("no screenshot: ").append(e).append('\n');
        }
        report.append("chromedriver log: ").append(artefacts.resolve("chromedriver.log")).append('\n');
        return report.toString();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}

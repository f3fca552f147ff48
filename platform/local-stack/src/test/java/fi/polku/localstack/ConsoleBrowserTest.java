package fi.polku.localstack;

import fi.polku.events.EventType;
import fi.polku.events.Topic;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operator console in a real browser: the five services in this JVM, households walking the path through the
 * public APIs while the page is open, and assertions on what the page shows (it refreshes itself): the funnel, the
 * case past its target, places by region, a dead letter, and one case's timeline after a click. A screenshot is kept
 * as {@code target/console.png}; on a failure, the page source, the browser's console log, chromedriver's log and
 * the console's JSON are written next to it (see {@link HeadlessChromium}).
 */
class ConsoleBrowserTest {

    static final Path ARTEFACTS = Path.of("target");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static AllServices services;
    static Journey journey;

    @BeforeAll
    static void start() {
        // a target shorter than the journeys' 30 days from permit, so that a waiting case is past it
        services = AllServices.start("--polku.placement.target=P20D");
        journey = new Journey(services.endpoints(), Tokens.shared()::mint, PATIENCE);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void theConsoleShowsTheHouseholdsMovingAlongThePath() throws Exception {
        Map<String, Duration> timings = new LinkedHashMap<>();
        Instant begin = Instant.now();
        try (HeadlessChromium browser = HeadlessChromium.startOrNull(ARTEFACTS)) {
            assumeTrue(browser != null, "chromium and chromedriver are not installed (CI would fail here)");
            timings.put("browser start", browser.sinceStart());
            Instant mark = Instant.now();
            browser.driver().get(services.operations().replace("localhost", "127.0.0.1")
                    + "/console/index.html?poll=1000#token=" + Tokens.shared().mint(TestUser.operator()));
            observe(browser, "the empty console", () -> text(browser, "#status").startsWith("updated")
                    && stage(browser, "COMPENSATED") == 0);
            timings.put("page up", Duration.between(mark, Instant.now()));

            mark = Instant.now();
            journey.ensureAgreement("179", "13", 500);
            journey.ensureAgreement("853", "02", 500);
            journey.ensureAgreement("680", "02", 500);
            Journey.Result first = journey.assistedPlacement("rc-oulu", "179", 1);
            Journey.Result second = journey.assistedPlacement("rc-oulu", "179", 2);
            Journey.Result declined = journey.declinedThenAccepted("rc-turku", "853", "680");
            Journey.Result selfMove = journey.selfMove("rc-joutseno", "405");
            Journey.Result waiting = journey.offeredAndWaiting("rc-oulu", "179");
            timings.put("five journeys through the APIs", Duration.between(mark, Instant.now()));

            mark = Instant.now();
            observe(browser, "the funnel: four households compensated, one offered", () ->
                    stage(browser, "COMPENSATED") == 4 && stage(browser, "OFFERED") == 1
                            && text(browser, "#total").equals("5 households"));
            for (String other : List.of("PERMIT", "APPLIED", "WAITING_FOR_OFFER", "ACCEPTED", "ASSIGNED", "MOVED_OUT",
                    "SETTLED")) {
                assertThat(stage(browser, other)).as(other).isZero();
            }
            timings.put("funnel shown", Duration.between(mark, Instant.now()));

            // the waiting case's permit is 30 days old against a 20-day target; nobody else waits
            List<String> pastTarget = rows(browser, "#past-target tbody tr[data-household]", "data-household");
            assertThat(pastTarget).containsExactly(waiting.householdId());
            assertThat(text(browser, "#past-target tbody tr[data-household] td:nth-child(1)"))
                    .isEqualTo(waiting.caseId());

            // 500 places in three groups per municipality; 2 + 3 people assigned to Jyväskylä, 2 to Raisio
            assertThat(cells(browser, "#places tr[data-region='13'] td")).containsExactly("13 Keski-Suomi", "1",
                    "1500", "5");
            assertThat(cells(browser, "#places tr[data-region='02'] td")).containsExactly("02 Varsinais-Suomi", "2",
                    "3000", "2");
            assertThat(first.municipality()).isEqualTo(second.municipality());
            assertThat(selfMove.caseId()).isNotBlank();

            mark = Instant.now();
            UUID poison = sendPoisonEvent();
            observe(browser, "the poison event among the dead letters", () -> browser.driver()
                    .findElements(By.cssSelector("#dead-letters tr[data-event-type='fi.polku.placement.OfferMade']"))
                    .stream().anyMatch(row -> row.getText().contains("operations")));
            assertThat(text(browser, "#dead-letter-count")).matches("[1-9][0-9]* in all");
            timings.put("dead letter shown", Duration.between(mark, Instant.now()));

            mark = Instant.now();
            observe(browser, "the timeline of the declined-then-accepted case after a click", () -> {
                browser.driver().findElement(By.cssSelector("#recent a[data-household='" + declined.householdId()
                        + "']")).click();
                return text(browser, "#timeline-of").equals("case " + declined.caseId())
                        && rows(browser, "#timeline tbody tr[data-type]", "data-type").contains("EntitlementOpened");
            });
            List<String> types = rows(browser, "#timeline tbody tr[data-type]", "data-type");
            assertThat(types).startsWith("PermitGranted").containsSubsequence("PlacementRequested", "CaseOpened",
                    "OfferMade", "OfferDeclined", "OfferMade", "OfferAccepted", "Assigned");
            assertThat(types).contains("MovedOut", "Settled", "EntitlementOpened");
            String timeline = text(browser, "#timeline");
            assertThat(timeline).contains("853 declined: NO_HOUSING", "assigned to 680", "/polku/placement")
                    .doesNotContain("Amal", "Demo"); // the journeys' names never reach the console
            timings.put("timeline shown", Duration.between(mark, Instant.now()));

            browser.screenshot("console.png");
            assertThat(ARTEFACTS.resolve("console.png")).isNotEmptyFile();
            assertThat(poison).isNotNull();
        } finally {
            timings.put("whole test", Duration.between(begin, Instant.now()));
            report(timings);
        }
    }

    /** Waits for what the page should show; on a timeout, says what the browser and the API saw instead. */
    private void observe(HeadlessChromium browser, String what, Callable<Boolean> shown) {
        try {
            await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsMatching(e -> e instanceof StaleElementReferenceException
                            || e instanceof NoSuchElementException)
                    .until(shown);
        } catch (ConditionTimeoutException timeout) {
            String api = ApiClient.as(services.operations(), TestUser.operator())
                    .get("/api/v1/console/overview").body();
            try {
                Files.writeString(ARTEFACTS.resolve("console-failure-overview.json"), api);
            } catch (Exception ignored) {
                // the message below carries it too
            }
            throw new AssertionError("The console did not show " + what + " within " + PATIENCE + ".\n"
                    + browser.diagnose("console-failure") + "API overview: " + api, timeout);
        }
    }

    /** A CloudEvent of a known type whose data breaks its schema: every consumer of the topic dead-letters it. */
    private static UUID sendPoisonEvent() {
        UUID id = UUID.randomUUID();
        KafkaProbe probe = KafkaProbe.shared();
        probe.send(services.topicPrefix() + Topic.PLACEMENT_CASES.topicName(), "case-poison",
                KafkaProbe.cloudEventHeaders(id, EventType.OFFER_MADE, "case-poison"),
                "{\"caseId\":false}".getBytes(StandardCharsets.UTF_8));
        probe.close();
        return id;
    }

    private static long stage(HeadlessChromium browser, String stage) {
        return Long.parseLong(text(browser, "#funnel tr[data-stage='" + stage + "'] td.count"));
    }

    private static String text(HeadlessChromium browser, String css) {
        return read(() -> browser.driver().findElement(By.cssSelector(css)).getText().trim());
    }

    private static List<String> cells(HeadlessChromium browser, String css) {
        return read(() -> browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .map(String::trim).toList());
    }

    private static List<String> rows(HeadlessChromium browser, String css, String attribute) {
        return read(() -> browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomAttribute(attribute)).toList());
    }

    /** Reads the page again when it re-rendered under the reader (it redraws only when its data changed). */
    private static <T> T read(Callable<T> reading) {
        return await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(reading, v -> true);
    }

    private static void report(Map<String, Duration> timings) throws Exception {
        StringBuilder text = new StringBuilder("ConsoleBrowserTest timings\n");
        timings.forEach((step, took) -> text.append(String.format("  %-32s %6.1f s%n", step, took.toMillis() / 1000.0)));
        System.out.print(text);
        Files.createDirectories(ARTEFACTS);
        Files.writeString(ARTEFACTS.resolve("console-timings.txt"), text);
    }
}

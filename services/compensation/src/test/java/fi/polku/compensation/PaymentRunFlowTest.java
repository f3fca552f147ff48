package fi.polku.compensation;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.PaymentRunCompleted;
import fi.polku.events.compensation.PaymentWithheld;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.kit.metrics.GaugeRefresher;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PaymentRunFlowTest extends PaymentServiceTest {

    static final LocalDate ADULT = LocalDate.of(1990, 5, 5);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    GaugeRefresher gauges;
    @Autowired
    MeterRegistry meters;

    @Test
    void runningAMonthTwiceGivesOneResult() {
        agreementInForce("853");
        YearMonth month = nextMonth();
        String person = settle("853", month.minusMonths(1).atDay(10), ADULT, IntegrationGroup.INTERNATIONAL_PROTECTION);

        JsonNode first = run(month, 201);
        assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("runId").asString()).isEqualTo(PaymentRun.idFor(month));
        assertThat(linesOf(month, "MUNICIPALITY", "853", person)).singleElement().satisfies(l -> {
            assertThat(l.get("type").asString()).isEqualTo("CALCULATED");
            assertThat(l.get("month").asString()).isEqualTo(month.toString());
            assertThat(l.get("cents").asLong()).isEqualTo(16292);
            assertThat(l.get("status").asString()).isEqualTo("PAYABLE");
        });
        assertThat(linesOf(month, "WELLBEING_COUNTY", "Varsinais-Suomen hyvinvointialue", person))
                .singleElement().satisfies(l -> assertThat(l.get("cents").asLong()).isEqualTo(2875));
        long lineBatches = stored("paymentLines", first.get("runId").asString());
        long accountBatches = stored("ledgerAccounts", first.get("runId").asString());

        gauges.refreshAll(); // on a schedule in the running service
        assertThat(meters.get("polku.compensation.payment.cents").tag("month", month.toString()).tag("kind", "payable")
                .gauge().value()).isEqualTo(first.get("payableCents").asDouble());

        JsonNode again = run(month, 200);
        assertThat(again).isEqualTo(first);
        assertThat(stored("paymentLines", first.get("runId").asString())).isEqualTo(lineBatches);
        assertThat(stored("ledgerAccounts", first.get("runId").asString())).isEqualTo(accountBatches);
        // once more in the following month: the person's month is paid once, the next one is the news
        run(month.plusMonths(1), 201);
        assertThat(linesOf(month.plusMonths(1), "MUNICIPALITY", "853", person)).singleElement()
                .satisfies(l -> assertThat(l.get("month").asString()).isEqualTo(month.plusMonths(1).toString()));

        List<PolkuEvent> completed = await().atMost(Duration.ofSeconds(30))
                .until(() -> published(EventType.PAYMENT_RUN_COMPLETED, PaymentRun.idFor(month)), e -> !e.isEmpty());
        assertThat(completed).singleElement().satisfies(e -> {
            PaymentRunCompleted event = (PaymentRunCompleted) e;
            assertThat(event.month()).isEqualTo(month.toString());
            assertThat(event.payableCents()).isEqualTo(first.get("payableCents").asLong());
            assertThat(event.proposals()).anySatisfy(p -> {
                assertThat(p.payeeKind()).isEqualTo("MUNICIPALITY");
                assertThat(p.payee()).isEqualTo("853");
            });
        });
    }

    /** Names, identity codes, contact details and health information: none of them belongs in the money ledger. */
    static final Set<String> PERSONAL_FIELDS = Set.of("firstnames", "firstname", "lastname", "surname", "fullname",
            "personalidentitycode", "identitycode", "hetu", "ssn", "migricustomernumber", "unhcrid", "email",
            "emails", "phone", "address", "representative", "needs", "health", "diagnosis", "competences");
    static final Pattern IDENTITY_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y](?![0-9A-Za-z])");

    @Test
    void theMoneyLedgerKeepsOnlyPseudonymousReferences() {
        agreementInForce("853");
        YearMonth month = nextMonth();
        String person = settle("853", month.minusMonths(1).atDay(12), ADULT, IntegrationGroup.INTERNATIONAL_PROTECTION);
        String runId = run(month, 201).get("runId").asString();

        List<Document> ledger = new java.util.ArrayList<>();
        for (String collection : List.of("paymentRuns", "paymentLines", "ledgerAccounts", "entitlements")) {
            List<Document> documents = mongo.findAll(Document.class, collection);
            assertThat(documents).as(collection).isNotEmpty();
            ledger.addAll(documents);
        }
        // not vacuous: the person is in the ledger, by the pseudonymous id
        assertThat(ledger.stream().map(Document::toJson)).anySatisfy(json -> assertThat(json).contains(person));
        assertThat(ledger.stream().map(Document::toJson)).anySatisfy(json -> assertThat(json).contains(runId));
        for (Document document : ledger) {
            assertThat(fieldNames(document)).as(document.getString("_id")).noneMatch(PERSONAL_FIELDS::contains);
            assertThat(IDENTITY_CODE.matcher(document.toJson()).find()).as(document.getString("_id")).isFalse();
        }
    }

    private static Set<String> fieldNames(Object value) {
        Set<String> names = new java.util.HashSet<>();
        if (value instanceof Document document) {
            document.forEach((key, inner) -> {
                names.add(key.toLowerCase(java.util.Locale.ROOT));
                names.addAll(fieldNames(inner));
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> names.addAll(fieldNames(item)));
        }
        return names;
    }

    @Test
    void aLateResidenceChangeAfterARunBecomesAnAdjustmentInTheNextRun() {
        agreementInForce("179");
        agreementInForce("837");
        YearMonth month = nextMonth();
        String person = settle("179", month.minusMonths(1).atDay(5), ADULT, IntegrationGroup.QUOTA_REFUGEE);
        run(month, 201);
        assertThat(linesOf(month, "MUNICIPALITY", "179", person)).singleElement()
                .satisfies(l -> assertThat(l.get("type").asString()).isEqualTo("CALCULATED"));

        // the move to Tampere on the 20th of the month before is reported only now
        UUID moved = UUID.randomUUID();
        ResidenceChanged change = new ResidenceChanged("c-" + person, "h-" + person, "179", "837",
                month.minusMonths(1).atDay(20), List.of(person));
        send(CASES, moved, change);
        String entitlement = "/api/v1/compensation/entitlements/" + Entitlement.idFor(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> officer().get(entitlement).json().get("residences").size() == 2);
        send(CASES, moved, change); // a redelivery changes nothing

        YearMonth next = month.plusMonths(1);
        run(next, 201);

        assertThat(linesOf(next, "MUNICIPALITY", "179", person)).singleElement().satisfies(l -> {
            assertThat(l.get("type").asString()).isEqualTo("ADJUSTMENT");
            assertThat(l.get("month").asString()).isEqualTo(month.toString());
            assertThat(l.get("cents").asLong()).isEqualTo(-16292);
        });
        assertThat(linesOf(next, "MUNICIPALITY", "837", person))
                .extracting(l -> l.get("type").asString() + " " + l.get("month").asString() + " "
                        + l.get("cents").asLong())
                .containsExactly("ADJUSTMENT " + month + " 16292", "CALCULATED " + next + " 16292");
        assertThat(linesOf(next, "WELLBEING_COUNTY", "Keski-Suomen hyvinvointialue", person))
                .extracting(l -> l.get("cents").asLong()).containsExactly(-2875L);
        assertThat(linesOf(next, "WELLBEING_COUNTY", "Pirkanmaan hyvinvointialue", person))
                .extracting(l -> l.get("cents").asLong()).containsExactly(2875L, 2875L);
        // the closed run still says what it said
        assertThat(linesOf(month, "MUNICIPALITY", "179", person)).singleElement()
                .satisfies(l -> assertThat(l.get("cents").asLong()).isEqualTo(16292));
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(Entitlement.idFor(person))),
                Document.class, "entitlements");
        assertThat(stored.getList("consumedEventIds", String.class)).containsOnlyOnce(moved.toString());
    }

    @Test
    void aWithheldMonthIsListedWithItsReasonAndPaidInTheNextRunOnceReleased() {
        terms("564", null); // Oulu: an agreement, but no integration programme
        YearMonth month = nextMonth();
        String person = settle("564", month.minusMonths(1).atDay(3), ADULT, IntegrationGroup.FAMILY_REUNIFICATION);
        run(month, 201);
        assertThat(linesOf(month, "MUNICIPALITY", "564", person)).singleElement().satisfies(l -> {
            assertThat(l.get("status").asString()).isEqualTo("WITHHELD");
            assertThat(l.get("reason").asString()).isEqualTo("no-integration-programme");
            assertThat(l.get("cents").asLong()).isEqualTo(16292);
        });
        List<PolkuEvent> withheld = await().atMost(Duration.ofSeconds(30))
                .until(() -> published(EventType.PAYMENT_WITHHELD, PaymentRun.idFor(month)), e -> !e.isEmpty());
        assertThat(withheld).map(PaymentWithheld.class::cast).anySatisfy(e -> {
            assertThat(e.municipality()).isEqualTo("564");
            assertThat(e.reason()).isEqualTo("no-integration-programme");
            assertThat(e.lineCount()).isGreaterThanOrEqualTo(2);
            assertThat(e.howToRelease()).contains("integration programme");
        });

        var oulu = as(fi.polku.testkit.TestUser.municipalityOfficer("564"));
        assertThat(oulu.get("/api/v1/compensation/withheld-months?municipality=564").expect(200).json())
                .anySatisfy(w -> {
                    assertThat(w.get("personId").asString()).isEqualTo(person);
                    assertThat(w.get("month").asString()).isEqualTo(month.toString());
                });
        Map<String, String> release = Map.of("entitlementId", Entitlement.idFor(person), "month", month.toString(),
                "reason", "Programme adopted by the council; registration delayed");
        assertThat(oulu.post("/api/v1/compensation/withheld-months/release", release).status()).isEqualTo(403);
        JsonNode released = officer().post("/api/v1/compensation/withheld-months/release", release).expect(201).json();
        assertThat(released.get("releasedBy").asString()).isEqualTo("officer@keha");
        assertThat(released.get("reason").asString()).startsWith("Programme adopted");
        assertThat(officer().post("/api/v1/compensation/withheld-months/release", release).status()).isEqualTo(409);
        assertThat(officer().post("/api/v1/compensation/withheld-months/release", Map.of("entitlementId",
                Entitlement.idFor(person), "month", month.plusMonths(1).toString(), "reason", "not run yet"))
                .status()).isEqualTo(409);

        YearMonth next = month.plusMonths(1);
        run(next, 201);
        assertThat(linesOf(next, "MUNICIPALITY", "564", person))
                .extracting(l -> l.get("type").asString() + " " + l.get("month").asString() + " "
                        + l.get("status").asString() + " " + l.get("cents").asLong())
                .containsExactly("ADJUSTMENT " + month + " PAYABLE 16292", "CALCULATED " + next + " WITHHELD 16292");
        assertThat(oulu.get("/api/v1/compensation/withheld-months?municipality=564").expect(200).json())
                .noneSatisfy(w -> assertThat(w.get("month").asString() + w.get("personId").asString())
                        .isEqualTo(month + person));
    }

    @Test
    void runsGoForwardAndOnlyForMonthsThatHaveBegun() {
        YearMonth month = nextMonth();
        run(month, 201);
        // a month that was run answers with its run; one that never was cannot be run after a later one
        assertThat(officer().post(RUNS, Map.of("month", month.toString())).status()).isEqualTo(200);
        var earlier = officer().post(RUNS, Map.of("month", FIRST.minusMonths(1).toString()));
        assertThat(earlier.status()).isEqualTo(409);
        assertThat(earlier.json().get("rule").asString()).isEqualTo("payment-runs-go-forward");
        var future = officer().post(RUNS, Map.of("month", YearMonth.now().plusMonths(2).toString()));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.json().get("rule").asString()).isEqualTo("payment-run-month-not-begun");
        assertThat(officer().post(RUNS, Map.of("month", "2026-13")).status()).isEqualTo(400);
        assertThat(officer().get(RUNS + "/1999-01").status()).isEqualTo(404);
    }

    private long stored(String collection, String runId) {
        return mongo.count(Query.query(Criteria.where("runId").is(runId)), collection);
    }
}

package fi.polku.compensation;

import fi.polku.compensation.application.PaymentProposals;
import fi.polku.compensation.application.PaymentRuns;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.ProposalSummary;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import fi.polku.testkit.PolkuTestProperties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment run over 20,000 active entitlements in a database of its own (many batches of lines and balances),
 * people who arrived over the six months before: the first run (paying their earlier months as adjustments), then
 * the next month's with 1,000 late moves to correct. Both add up to the cent. How long a run over 100,000 takes is
 * measured by the benchmarks (tools/load-driver, ./polku-bench), not asserted here.
 */
@SpringBootTest(classes = CompensationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=compensation")
class PaymentRunScaleTest {

    private static final Logger log = LoggerFactory.getLogger(PaymentRunScaleTest.class);
    static final String RUN = PolkuTestProperties.newRunId();
    static final int PEOPLE = 20_000;
    static final int MOVED = 1_000;
    static final YearMonth FIRST = YearMonth.of(2026, 5);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("compensation", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    PaymentRuns runs;
    @Autowired
    PaymentProposals proposals;
    @Autowired
    RuleBook rules;

    @Test
    void aRunOverTwentyThousandEntitlementsAddsUpToTheCent() {
        List<String> codes = mainland();
        termsInForce(codes);
        long inserted = System.nanoTime();
        insertEntitlements(codes);
        log.info("Inserted {} entitlements in {} ms", PEOPLE, (System.nanoTime() - inserted) / 1_000_000);

        Duration first = timed(() -> runs.run(FIRST, "scale-test"));
        PaymentRun may = runs.get(FIRST);
        assertThat(may.entitlementCount()).isEqualTo(PEOPLE);
        long calculated = may.proposals().stream().filter(p -> p.payee().kind().name().equals("MUNICIPALITY"))
                .mapToLong(p -> p.payable().calculatedCents()).sum();
        assertThat(calculated).isEqualTo(PEOPLE * 16292L);
        assertThat(may.payableCents()).isEqualTo(firstRunCents);

        moveSome(codes);
        Duration second = timed(() -> runs.run(FIRST.plusMonths(1), "scale-test"));
        PaymentRun june = runs.get(FIRST.plusMonths(1));
        long adjustments = june.proposals().stream().mapToLong(p -> p.payable().adjustmentCents()).sum();
        // every move takes May from one municipality and gives it to another: the adjustments net out
        assertThat(adjustments).isZero();
        long adjustmentLines = june.proposals().stream().flatMap(p -> lines(june, p))
                .filter(l -> l.type().name().equals("ADJUSTMENT")).count();
        assertThat(adjustmentLines).isBetween((long) MOVED * 2, (long) MOVED * 4);
        assertThat(june.payableCents()).isEqualTo(expectedMonth());

        log.info("Payment run over {} entitlements: first {} ms, next month with {} late moves {} ms", PEOPLE,
                first.toMillis(), MOVED, second.toMillis());
    }

    private Stream<PaymentLine> lines(PaymentRun run, ProposalSummary p) {
        return proposals.all(proposals.proposal(run.month(), p.proposalId())).toList().stream();
    }

    /** Every person aged 7 or over: 162.92 € to the municipality, 28.75 € to the county, every month. */
    private long expectedMonth() {
        return PEOPLE * (16292L + 2875L);
    }

    /** The mainland municipalities with a wellbeing services county, as they stand in May 2026. */
    private List<String> mainland() {
        return rules.municipalities().mainlandWithCountyOn(FIRST.atDay(1));
    }

    private void termsInForce(List<String> codes) {
        for (String code : codes) {
            MunicipalityTerms terms = MunicipalityTerms.from(new AgreementChanged(code, LocalDate.of(2020, 1, 1), null,
                    List.of(), false, new IntegrationProgramme(LocalDate.of(2020, 1, 1), null)), Instant.now());
            mongo.insert(aggregate(code, terms), "municipalityTerms");
        }
    }

    private long firstRunCents;

    /** Everyone is 16 or older; they arrived on the 2nd–28th of one of the six months before the first run. */
    private void insertEntitlements(List<String> codes) {
        Random random = new Random(42);
        firstRunCents = 0;
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            YearMonth arrived = FIRST.minusMonths(1 + random.nextInt(6));
            LocalDate since = arrived.atDay(2 + random.nextInt(27));
            firstRunCents += (FIRST.getYear() * 12L + FIRST.getMonthValue() - arrived.getYear() * 12L
                    - arrived.getMonthValue()) * (16292L + 2875L);
            LocalDate birth = LocalDate.of(1960 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Entitlement e = Entitlement.open("scale-" + i, birth, "h-" + i, "c-" + i,
                    random.nextInt(5) == 0 ? CompensationGroup.QUOTA : CompensationGroup.OTHER,
                    new Residence(code, since), rules.periods());
            batch.add(aggregate(e.id(), e));
            if (batch.size() == 2000) {
                mongo.insert(batch, "entitlements");
                batch.clear();
            }
        }
        mongo.insert(batch, "entitlements");
    }

    /** 1,000 people turn out to have moved on 20 April: May belonged to another municipality. */
    private void moveSome(List<String> codes) {
        Random random = new Random(7);
        for (int i = 0; i < MOVED; i++) {
            String id = Entitlement.idFor("scale-" + (i * (PEOPLE / MOVED)));
            Entitlement e = mongo.getConverter().read(Entitlement.class,
                    mongo.findById(id, Document.class, "entitlements").get("state", Document.class));
            String to = codes.get(random.nextInt(codes.size()));
            if (e.moveTo(to, FIRST.minusMonths(1).atDay(20).isAfter(e.period().start())
                    ? FIRST.minusMonths(1).atDay(20) : e.period().start().plusDays(1))) {
                Document state = new Document();
                mongo.getConverter().write(e, state);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("state", state),
                        "entitlements");
            }
        }
    }

    private Document aggregate(String id, Object state) {
        Document doc = new Document();
        mongo.getConverter().write(state, doc);
        return new Document("_id", id).append("version", 0L).append("state", doc).append("outbox", List.of())
                .append("consumedEventIds", List.of()).append("updatedAt", Date.from(Instant.now()));
    }

    private static Duration timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

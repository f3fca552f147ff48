package fi.polku.bench;

import fi.polku.compensation.CompensationApplication;
import fi.polku.compensation.application.PaymentRuns;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.testkit.Tokens;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

/**
 * A payment run over many active entitlements, seeded as {@code PaymentRunScaleTest} seeds them: people aged 16 or
 * over, settled on a random day of the six months before, in a random mainland municipality with its terms in force.
 * The compensation service's own code runs it in this JVM, on a database of its own on the stack's Mongo-protocol
 * server and with topics of its own on the stack's broker: the first run (paying the earlier months as adjustments),
 * then the next month's.
 */
final class PaymentRunBench {

    private static final String SECTION = ReportWriter.PAYMENT_RUN;
    private static final int BATCH = 2_000;

    private final String mongoUri;
    private final String bootstrap;
    private final Figures figures;

    PaymentRunBench(String mongoUri, String bootstrap, Figures figures) {
        this.mongoUri = mongoUri.replaceAll("/+$", "");
        this.bootstrap = bootstrap;
        this.figures = figures;
    }

    void run(int people) {
        String id = Long.toHexString(System.nanoTime());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CompensationApplication.class)
                .properties("spring.config.name=compensation").run(
                        "--server.port=0",
                        "--spring.mongodb.uri=" + mongoUri + "/compensation-bench-" + id,
                        "--spring.cloud.stream.kafka.binder.brokers=" + bootstrap,
                        "--polku.kafka.topic-prefix=bench" + id + ".",
                        "--spring.cloud.stream.default.group=compensation-bench-" + id,
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                                + Tokens.shared().publicKeyLocation(),
                        "--spring.main.banner-mode=off")) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            RuleBook rules = context.getBean(RuleBook.class);
            PaymentRuns runs = context.getBean(PaymentRuns.class);
            YearMonth first = YearMonth.now(ZoneId.of("Europe/Helsinki")).minusMonths(1);

            List<String> codes = rules.municipalities().mainlandWithCountyOn(first.atDay(1));
            long seeding = System.nanoTime();
            termsInForce(mongo, codes);
            insertEntitlements(mongo, rules, codes, people, first);
            figures.add(SECTION, "seeding " + people + " entitlements", "seconds", seconds(seeding), "s");

            for (YearMonth month : List.of(first, first.plusMonths(1))) {
                long start = System.nanoTime();
                runs.run(month, "benchmark");
                double took = seconds(start);
                PaymentRun run = runs.get(month);
                String subject = month.equals(first) ? "first run (earlier months as adjustments)" : "next month's run";
                figures.add(SECTION, subject, "entitlements", run.entitlementCount(), "")
                        .add(SECTION, subject, "seconds", took, "s")
                        .add(SECTION, subject, "entitlements/s", run.entitlementCount() / took, "1/s")
                        .add(SECTION, subject, "payable euros", run.payableCents() / 100.0, "EUR");
            }
            mongo.getDb().drop();
        }
    }

    private static void termsInForce(MongoTemplate mongo, List<String> codes) {
        LocalDate since = LocalDate.of(2020, 1, 1);
        for (String code : codes) {
            MunicipalityTerms terms = MunicipalityTerms.from(new AgreementChanged(code, since, null, List.of(), false,
                    new AgreementChanged.IntegrationProgramme(since, null)), Instant.now());
            mongo.insert(aggregate(mongo, code, terms), "municipalityTerms");
        }
    }

    private static void insertEntitlements(MongoTemplate mongo, RuleBook rules, List<String> codes, int people,
                                           YearMonth first) {
        Random random = new Random(42);
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < people; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            LocalDate since = first.minusMonths(1 + random.nextInt(6)).atDay(2 + random.nextInt(27));
            LocalDate birth = first.atDay(1).minusYears(16 + random.nextInt(50)).minusDays(random.nextInt(365));
            Entitlement e = Entitlement.open("bench-" + i, birth, "h-" + i, "c-" + i,
                    random.nextInt(5) == 0 ? CompensationGroup.QUOTA : CompensationGroup.OTHER,
                    new Residence(code, since), rules.periods());
            batch.add(aggregate(mongo, e.id(), e));
            if (batch.size() == BATCH) {
                mongo.insert(batch, "entitlements");
                batch.clear();
            }
        }
        mongo.insert(batch, "entitlements");
    }

    /** The aggregate document the service's store writes: state, version, an empty outbox. */
    private static Document aggregate(MongoTemplate mongo, String id, Object state) {
        Document doc = new Document();
        mongo.getConverter().write(state, doc);
        return new Document("_id", id).append("version", 0L).append("state", doc).append("outbox", List.of())
                .append("consumedEventIds", List.of()).append("updatedAt", Date.from(Instant.now()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

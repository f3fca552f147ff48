package fi.polku.compensation;

import fi.polku.compensation.adapter.out.mongo.MongoClaims;
import fi.polku.compensation.adapter.out.mongo.MongoEntitlements;
import fi.polku.compensation.adapter.out.mongo.MongoLedgerAccounts;
import fi.polku.compensation.adapter.out.mongo.MongoMunicipalityTerms;
import fi.polku.compensation.adapter.out.mongo.MongoPaymentRuns;
import fi.polku.compensation.adapter.out.mongo.MongoProposalLines;
import fi.polku.compensation.adapter.out.mongo.MongoReleases;
import fi.polku.compensation.adapter.out.mongo.MongoSupplementaryApplications;
import fi.polku.compensation.adapter.out.mongo.MongoSupplementaryEnrolments;
import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.compensation.application.AgreementTracking;
import fi.polku.compensation.application.Claims;
import fi.polku.compensation.application.CompensationReports;
import fi.polku.compensation.application.CompensationSchedules;
import fi.polku.compensation.application.EntitlementOpening;
import fi.polku.compensation.application.OneOffPayments;
import fi.polku.compensation.application.PaymentMetrics;
import fi.polku.compensation.application.PaymentProposals;
import fi.polku.compensation.application.PaymentRunner;
import fi.polku.compensation.application.PaymentRuns;
import fi.polku.compensation.application.ResidenceTracking;
import fi.polku.compensation.application.SupplementaryApplications;
import fi.polku.compensation.application.WithheldReleases;
import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.compensation.domain.claim.ClaimEligibility;
import fi.polku.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The compensation service: entitlements to the calculated compensation, monthly payment runs, claims of actual
 * costs and supplementary programmes.
 */
@SpringBootApplication
public class CompensationApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CompensationApplication.class).properties("spring.config.name=compensation")
                .run(args);
    }

    @Bean
    RuleBook ruleBook() {
        return ClasspathRuleBook.load();
    }

    @Bean
    MongoEntitlements entitlements(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoEntitlements(mongo, codec, clock);
    }

    @Bean
    MongoMunicipalityTerms municipalityTerms(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoMunicipalityTerms(mongo, codec, clock);
    }

    @Bean
    MongoPaymentRuns paymentRunStore(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoPaymentRuns(mongo, codec, clock);
    }

    @Bean
    MongoClaims claimStore(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoClaims(mongo, codec, clock);
    }

    @Bean
    MongoSupplementaryApplications supplementaryApplicationStore(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoSupplementaryApplications(mongo, codec, clock);
    }

    @Bean
    MongoReleases releaseStore(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoReleases(mongo, codec, clock);
    }

    @Bean
    MongoLedgerAccounts ledgerAccounts(MongoTemplate mongo) {
        return new MongoLedgerAccounts(mongo);
    }

    @Bean
    MongoProposalLines proposalLines(MongoTemplate mongo) {
        return new MongoProposalLines(mongo);
    }

    @Bean
    CompensationCalculator compensationCalculator(RuleBook rules) {
        return new CompensationCalculator(rules);
    }

    @Bean
    EntitlementOpening entitlementOpening(MongoEntitlements entitlements, RuleBook rules) {
        return new EntitlementOpening(entitlements, rules);
    }

    @Bean
    ResidenceTracking residenceTracking(MongoEntitlements entitlements, RuleBook rules) {
        return new ResidenceTracking(entitlements, rules.municipalities());
    }

    @Bean
    AgreementTracking agreementTracking(MongoMunicipalityTerms terms) {
        return new AgreementTracking(terms);
    }

    @Bean
    CompensationSchedules compensationSchedules(MongoEntitlements entitlements, MongoMunicipalityTerms terms,
                                                CompensationCalculator calculator, RuleBook rules) {
        return new CompensationSchedules(entitlements, terms, calculator, rules.municipalities());
    }

    @Bean
    OneOffPayments oneOffPayments(MongoClaims claims, MongoSupplementaryApplications applications) {
        return new OneOffPayments(claims, claims, applications, applications);
    }

    @Bean
    PaymentRunner paymentRunner(MongoEntitlements entitlements, CompensationCalculator calculator,
                                MongoMunicipalityTerms terms, MongoReleases releases, MongoLedgerAccounts accounts,
                                MongoProposalLines lines, OneOffPayments oneOffs, MongoPaymentRuns runs, Clock clock,
                                @Value("${polku.compensation.payment-run.batch-size:1000}") int batchSize,
                                @Value("${polku.compensation.payment-run.threads:0}") int threads) {
        return new PaymentRunner(entitlements, calculator, terms, releases, accounts, lines, oneOffs, runs, clock,
                batchSize, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    @Bean
    PaymentRuns paymentRuns(MongoPaymentRuns runs, PaymentRunner runner, Clock clock,
                            @Value("${polku.compensation.payment-run.lease:PT15M}") Duration lease) {
        return new PaymentRuns(runs, runs, runner, clock, lease);
    }

    @Bean
    PaymentProposals paymentProposals(PaymentRuns runs, MongoProposalLines lines) {
        return new PaymentProposals(runs, lines);
    }

    @Bean
    Claims claims(MongoClaims claims, MongoEntitlements entitlements, RuleBook rules, Clock clock) {
        return new Claims(claims, claims, entitlements, new ClaimEligibility(rules), clock);
    }

    @Bean
    SupplementaryApplications supplementaryApplications(MongoSupplementaryApplications applications,
                                                        MongoEntitlements entitlements, MongoTemplate mongo,
                                                        RuleBook rules, Clock clock) {
        return new SupplementaryApplications(applications, applications, new MongoSupplementaryEnrolments(mongo),
                entitlements, rules, clock);
    }

    @Bean
    WithheldReleases withheldReleases(MongoReleases releases, CompensationSchedules schedules,
                                      MongoEntitlements entitlements, MongoPaymentRuns runs, Clock clock) {
        return new WithheldReleases(releases, releases, schedules, entitlements, runs, clock);
    }

    @Bean
    PaymentMetrics paymentMetrics(MongoPaymentRuns runs, MeterRegistry meters) {
        return new PaymentMetrics(runs, meters);
    }

    @Bean
    CompensationReports compensationReports(MongoPaymentRuns runs) {
        return new CompensationReports(runs);
    }
}

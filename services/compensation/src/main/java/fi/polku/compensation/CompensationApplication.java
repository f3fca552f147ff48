package fi.polku.compensation;

import fi.polku.compensation.adapter.out.mongo.MongoEntitlements;
import fi.polku.compensation.adapter.out.mongo.MongoMunicipalityTerms;
import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.compensation.application.AgreementTracking;
import fi.polku.compensation.application.CompensationSchedules;
import fi.polku.compensation.application.EntitlementOpening;
import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.events.EventCodec;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** The compensation service: entitlements to the calculated compensation and their monthly lines. */
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
    CompensationCalculator compensationCalculator(RuleBook rules) {
        return new CompensationCalculator(rules);
    }

    @Bean
    EntitlementOpening entitlementOpening(MongoEntitlements entitlements, RuleBook rules) {
        return new EntitlementOpening(entitlements, rules);
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
}

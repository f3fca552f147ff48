package fi.polku.placement;

import fi.polku.events.EventCodec;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.retention.RetentionPeriod;
import fi.polku.placement.adapter.out.mongo.MongoAgreements;
import fi.polku.placement.adapter.out.mongo.MongoCases;
import fi.polku.placement.adapter.out.mongo.MongoQuotaData;
import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import fi.polku.placement.application.AgreementService;
import fi.polku.placement.application.PathWatch;
import fi.polku.placement.application.PlacementMetrics;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.application.QuotaDataRetention;
import fi.polku.placement.application.QuotaDataService;
import fi.polku.placement.application.ResidenceService;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.Recommender;
import fi.polku.placement.domain.RegionalAuthorities;
import fi.polku.placement.domain.ScoreWeights;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Period;

/** The placement service: municipalities and agreements, placement cases, offers, assignments and residence. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PlacementApplication.Weights.class)
public class PlacementApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlacementApplication.class).properties("spring.config.name=placement").run(args);
    }

    /** {@code polku.placement.score.*}: the weights of the recommendation score. */
    @ConfigurationProperties("polku.placement.score")
    public record Weights(Double placesLeft, Integer placesForFullScore, Double wish, Double familyTies,
                          Double ownRegion, Double languageServices, Double minorPlaces, Double consultationMissing) {

        ScoreWeights weights() {
            ScoreWeights d = ScoreWeights.defaults();
            return new ScoreWeights(or(placesLeft, d.placesLeft()), placesForFullScore == null ? d.placesForFullScore()
                    : placesForFullScore, or(wish, d.wish()), or(familyTies, d.familyTies()), or(ownRegion, d.ownRegion()),
                    or(languageServices, d.languageServices()), or(minorPlaces, d.minorPlaces()),
                    or(consultationMissing, d.consultationMissing()));
        }

        private static double or(Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }

    @Bean
    MunicipalityRegister municipalityRegister() {
        return CsvMunicipalities.load();
    }

    @Bean
    RegionalAuthorities regionalAuthorities() {
        return CsvMunicipalities.regionalAuthorities();
    }

    @Bean
    MongoCases cases(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoCases(mongo, codec, clock);
    }

    @Bean
    MongoAgreements agreements(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoAgreements(mongo, codec, clock);
    }

    @Bean
    MongoQuotaData quotaData(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoQuotaData(mongo, codec, clock);
    }

    @Bean
    PlacementService placementService(MongoCases cases, MongoAgreements agreements, MunicipalityRegister register,
                                      RegionalAuthorities authorities, Weights weights, Clock clock,
                                      @Value("${polku.placement.offer-deadline:P14D}") Period deadline,
                                      @Value("${polku.placement.offer-on-intake:true}") boolean offerOnIntake) {
        return new PlacementService(cases, agreements, cases, agreements, register,
                new Recommender(register, authorities, weights.weights()), clock,
                new PlacementService.Settings(deadline, offerOnIntake));
    }

    @Bean
    ResidenceService residenceService(MongoCases cases, MunicipalityRegister register, Clock clock) {
        return new ResidenceService(cases, cases, register, CsvMunicipalities.merges(), clock);
    }

    @Bean
    AgreementService agreementService(MongoAgreements agreements, MunicipalityRegister register, Clock clock) {
        return new AgreementService(agreements, agreements, register, clock);
    }

    @Bean
    QuotaDataService quotaDataService(MongoQuotaData data, MongoCases cases, AuditTrail audit, Clock clock) {
        return new QuotaDataService(data, cases, audit, clock);
    }

    @Bean
    QuotaDataRetention quotaDataRetention(MongoCases cases, QuotaDataService data, RetentionPeriod period,
                                          Clock clock) {
        return new QuotaDataRetention(cases, data, period, clock);
    }

    @Bean
    PlacementMetrics placementMetrics(MeterRegistry meters, MongoCases cases, MongoAgreements agreements,
                                      MunicipalityRegister register, Clock clock,
                                      @Value("${polku.placement.target:P60D}") Period target) {
        PlacementMetrics metrics = new PlacementMetrics(meters, cases, agreements, register, target, clock);
        cases.onWrite(metrics);
        return metrics;
    }

    @Bean
    PathWatch pathWatch(PlacementService placement, ResidenceService residence) {
        return new PathWatch(placement, residence);
    }

    @Bean
    PathWatchSchedule pathWatchSchedule(PathWatch watch) {
        return new PathWatchSchedule(watch);
    }

    /** Runs the path watch on a schedule (offer expiry is a matter of days; minutes are precise enough). */
    static final class PathWatchSchedule {
        private final PathWatch watch;

        PathWatchSchedule(PathWatch watch) {
            this.watch = watch;
        }

        @Scheduled(initialDelayString = "PT2S", fixedDelayString = "${polku.placement.watch-interval:PT5M}")
        void run() {
            watch.run();
        }
    }
}

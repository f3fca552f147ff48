package fi.polku.operations;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.operations.adapter.out.mongo.MongoConsole;
import fi.polku.operations.adapter.out.reference.CsvRegions;
import fi.polku.operations.application.Console;
import fi.polku.operations.application.Projections;
import fi.polku.operations.domain.HouseholdPath;
import fi.polku.operations.domain.MunicipalityPlaces;
import fi.polku.operations.domain.NotificationOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Period;

/**
 * The operations service: a read model of every topic and every dead-letter topic, and the operator console over
 * it (a static page under {@code /console/} polling {@code /api/v1/console}).
 */
@SpringBootApplication
public class OperationsApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(OperationsApplication.class).properties("spring.config.name=operations").run(args);
    }

    @Bean
    AggregateStore<HouseholdPath> households(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new AggregateStore<>(mongo, "households", codec, clock);
    }

    @Bean
    AggregateStore<MunicipalityPlaces> municipalities(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new AggregateStore<>(mongo, "municipalities", codec, clock);
    }

    @Bean
    AggregateStore<NotificationOutcome> notificationOutcomes(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new AggregateStore<>(mongo, "notifications", codec, clock);
    }

    @Bean
    MongoConsole mongoConsole(MongoTemplate mongo, AggregateStore<HouseholdPath> households,
                              AggregateStore<MunicipalityPlaces> municipalities,
                              AggregateStore<NotificationOutcome> notificationOutcomes) {
        return new MongoConsole(mongo, households, municipalities, notificationOutcomes);
    }

    @Bean
    CsvRegions regions() {
        return new CsvRegions();
    }

    @Bean
    Projections projections(AggregateStore<HouseholdPath> households, AggregateStore<MunicipalityPlaces> municipalities,
                            AggregateStore<NotificationOutcome> notificationOutcomes, MongoConsole deadLetters,
                            CsvRegions regions) {
        return new Projections(households, municipalities, notificationOutcomes, deadLetters, regions);
    }

    /** The target from permit to assignment: the same property, and the same default, as placement's. */
    @Bean
    Console console(MongoConsole queries, CsvRegions regions, @Value("${polku.placement.target:P60D}") Period target,
                    Clock clock) {
        return new Console(queries, regions, target, clock);
    }
}

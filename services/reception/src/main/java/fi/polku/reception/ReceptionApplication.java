package fi.polku.reception;

import fi.polku.events.EventCodec;
import fi.polku.reception.adapter.out.mongo.MongoHouseholds;
import fi.polku.reception.adapter.out.reference.CsvReceptionCentres;
import fi.polku.reception.application.HouseholdService;
import fi.polku.reception.application.PlacementProgress;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** The reception service: reception centres' households, permits, placement applications and move-outs. */
@SpringBootApplication
public class ReceptionApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReceptionApplication.class).properties("spring.config.name=reception").run(args);
    }

    @Bean
    MongoHouseholds households(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoHouseholds(mongo, codec, clock);
    }

    @Bean
    CsvReceptionCentres receptionCentres() {
        return new CsvReceptionCentres();
    }

    @Bean
    HouseholdService householdService(MongoHouseholds households, CsvReceptionCentres centres, Clock clock) {
        return new HouseholdService(households, centres, clock);
    }

    @Bean
    PlacementProgress placementProgress(MongoHouseholds households) {
        return new PlacementProgress(households);
    }
}

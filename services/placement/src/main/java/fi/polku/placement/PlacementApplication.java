package fi.polku.placement;

import fi.polku.events.EventCodec;
import fi.polku.placement.adapter.out.mongo.MongoAgreements;
import fi.polku.placement.adapter.out.mongo.MongoCases;
import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import fi.polku.placement.application.AgreementService;
import fi.polku.placement.application.PlacementService;
import fi.polku.placement.domain.MunicipalityRegister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Period;

/** The placement service: municipalities and agreements, placement cases, offers, assignments and residence. */
@SpringBootApplication
public class PlacementApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlacementApplication.class).properties("spring.config.name=placement").run(args);
    }

    @Bean
    MunicipalityRegister municipalityRegister() {
        return CsvMunicipalities.load();
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
    PlacementService placementService(MongoCases cases, MongoAgreements agreements, MunicipalityRegister register,
                                      Clock clock, @Value("${polku.placement.offer-deadline:P14D}") Period deadline) {
        return new PlacementService(cases, agreements, cases, agreements, register, clock, deadline);
    }

    @Bean
    AgreementService agreementService(MongoAgreements agreements, MunicipalityRegister register, Clock clock) {
        return new AgreementService(agreements, register, clock);
    }
}

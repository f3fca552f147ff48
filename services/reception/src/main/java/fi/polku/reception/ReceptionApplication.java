package fi.polku.reception;

import fi.polku.events.EventCodec;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.retention.RetentionPeriod;
import fi.polku.reception.adapter.out.mongo.MongoHouseholds;
import fi.polku.reception.adapter.out.reference.CsvReceptionCentres;
import fi.polku.reception.application.HouseholdRetention;
import fi.polku.reception.application.HouseholdService;
import fi.polku.reception.application.OutOfContactMonitor;
import fi.polku.reception.application.PlacementProgress;
import fi.polku.reception.domain.ChecklistPolicy;
import fi.polku.reception.domain.OutOfContactWatch;
import fi.polku.reception.domain.TransitionStep;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.Map;

/** The reception service: reception centres' households, permits, the transition checklist and the way out. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(ReceptionApplication.ReceptionSettings.class)
public class ReceptionApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReceptionApplication.class).properties("spring.config.name=reception").run(args);
    }

    /** {@code polku.reception.*}: the watch's limits and the checklist's due periods (configuration, not law). */
    @ConfigurationProperties("polku.reception")
    public record ReceptionSettings(Period withoutPlan, Period residenceUnconfirmed,
                                    Map<TransitionStep, Period> checklistDue) {

        ChecklistPolicy checklist() {
            return ChecklistPolicy.defaults().with(checklistDue == null ? Map.of() : checklistDue);
        }
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
    HouseholdService householdService(MongoHouseholds households, CsvReceptionCentres centres,
                                      ReceptionSettings settings, AuditTrail audit, Clock clock) {
        return new HouseholdService(households, centres, settings.checklist(), audit, clock);
    }

    @Bean
    HouseholdRetention householdRetention(MongoHouseholds households, AuditTrail audit, RetentionPeriod period,
                                          Clock clock) {
        return new HouseholdRetention(households, households, audit, period, clock);
    }

    @Bean
    PlacementProgress placementProgress(MongoHouseholds households) {
        return new PlacementProgress(households);
    }

    @Bean
    OutOfContactMonitor outOfContactMonitor(MongoHouseholds households, ReceptionSettings settings, Clock clock,
                                            MeterRegistry meters) {
        return new OutOfContactMonitor(households, new OutOfContactWatch(settings.withoutPlan(),
                settings.residenceUnconfirmed()), clock, meters);
    }

    /** Keeps the out-of-contact gauge current without querying on every scrape. */
    @Bean
    OutOfContactRefresh outOfContactRefresh(OutOfContactMonitor monitor) {
        return new OutOfContactRefresh(monitor);
    }

    static final class OutOfContactRefresh {
        private final OutOfContactMonitor monitor;

        OutOfContactRefresh(OutOfContactMonitor monitor) {
            this.monitor = monitor;
        }

        @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${polku.reception.watch-refresh:PT60S}")
        void refresh() {
            monitor.refresh();
        }
    }
}

package fi.polku.kit.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Period;
import java.util.List;

/**
 * The retention period every service reads from {@code polku.retention.after-closure} (default two years), and the
 * nightly run (Helsinki time, {@code polku.retention.schedule}) of the service's {@link RetentionPurge}s, in services
 * that enable scheduling.
 */
@AutoConfiguration
public class RetentionConfiguration {

    @Bean
    RetentionPeriod retentionPeriod(@Value("${polku.retention.after-closure:P2Y}") Period afterClosure) {
        return new RetentionPeriod(afterClosure);
    }

    @Bean
    RetentionSchedule retentionSchedule(ObjectProvider<RetentionPurge> purges) {
        return new RetentionSchedule(purges);
    }

    static final class RetentionSchedule {
        private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
        private final ObjectProvider<RetentionPurge> purges;

        RetentionSchedule(ObjectProvider<RetentionPurge> purges) {
            this.purges = purges;
        }

        @Scheduled(cron = "${polku.retention.schedule:0 30 3 * * *}", zone = "Europe/Helsinki")
        void run() {
            List<RetentionPurge> all = purges.orderedStream().toList();
            for (RetentionPurge purge : all) {
                int purged = purge.purge();
                log.info("Retention: {} purged {} records past the period", purge.getClass().getSimpleName(), purged);
            }
        }
    }
}

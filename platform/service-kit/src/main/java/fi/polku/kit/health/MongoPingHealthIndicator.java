package fi.polku.kit.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of the service's own database with the {@code ping} command, which every MongoDB-protocol server
 * answers (the embedded one does not know {@code hello}, which Boot's own indicator sends).
 */
public class MongoPingHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"))
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}

package fi.polku.kit.audit;

import fi.polku.kit.security.PolkuUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Every service gets an append-only audit log in its own database, the {@link AuditTrail} its use cases write to,
 * and the auditors' search API.
 */
@AutoConfiguration(after = fi.polku.kit.config.PolkuKitAutoConfiguration.class)
public class AuditConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditLog auditLog(MongoTemplate mongo) {
        return new MongoAuditLog(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(AuditLog log, Clock clock, @Value("${spring.application.name}") String service) {
        return new AuditTrail(log, currentActor(service), clock);
    }

    @Bean
    AuditLogController auditLogController(AuditLog log, AuditTrail trail) {
        return new AuditLogController(log, trail);
    }

    /** The caller from the request's verified token; the service itself where no one calls (events, schedules). */
    static Supplier<Actor> currentActor(String service) {
        return () -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
                PolkuUser user = PolkuUser.from(token.getToken());
                return new Actor(user.subject(), user.roles().stream().map(Enum::name).sorted().toList());
            }
            return Actor.system(service);
        };
    }
}

package fi.polku.notification;

import fi.polku.events.EventCodec;
import fi.polku.notification.adapter.out.mongo.MongoNotifications;
import fi.polku.notification.adapter.out.reference.CsvMunicipalities;
import fi.polku.notification.adapter.out.reference.PropertiesTemplates;
import fi.polku.notification.application.Inbox;
import fi.polku.notification.application.MessageRenderer;
import fi.polku.notification.application.RecipientLanguages;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/**
 * The notification service: tells municipalities, reception centres, wellbeing services counties and regional
 * coordinators, in their own languages, what happened at each step of the workflow: in their inbox in the API,
 * and over their webhook and by e-mail (see {@link DeliveryConfiguration}).
 */
@SpringBootApplication
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(NotificationApplication.class).properties("spring.config.name=notification")
                .run(args);
    }

    @Bean
    MongoNotifications notifications(MongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoNotifications(mongo, codec, clock);
    }

    @Bean
    CsvMunicipalities municipalities() {
        return new CsvMunicipalities();
    }

    @Bean
    PropertiesTemplates templates() {
        return new PropertiesTemplates();
    }

    @Bean
    RecipientLanguages recipientLanguages(CsvMunicipalities municipalities, NotificationProperties properties) {
        return new RecipientLanguages(municipalities, properties.recipientLanguages());
    }

    @Bean
    MessageRenderer messageRenderer(PropertiesTemplates templates, CsvMunicipalities municipalities) {
        return new MessageRenderer(templates, municipalities);
    }

    @Bean
    Inbox inbox(MongoNotifications notifications, Clock clock) {
        return new Inbox(notifications, notifications, clock);
    }
}

package fi.polku.notification;

import fi.polku.notification.adapter.in.scheduling.DeliveryScheduler;
import fi.polku.notification.adapter.out.crypto.AesGcmSecretSealer;
import fi.polku.notification.adapter.out.delivery.HttpWebhookTransport;
import fi.polku.notification.adapter.out.delivery.Resilience4jEndpointGuards;
import fi.polku.notification.adapter.out.delivery.SmtpEmailTransport;
import fi.polku.notification.adapter.out.mongo.MongoNotifications;
import fi.polku.notification.application.ChannelSettings;
import fi.polku.notification.application.Deliveries;
import fi.polku.notification.application.DeliveryAttempts;
import fi.polku.notification.application.DeliveryMetrics;
import fi.polku.notification.application.DeliveryTargets;
import fi.polku.notification.application.Dispatcher;
import fi.polku.notification.application.OfferReminders;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Clock;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How webhook and e-mail notifications are sent: a dispatcher over the persistent queue, a pool of workers, and
 * per-endpoint Resilience4j guards, so one dead endpoint never delays the others.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    Resilience4jEndpointGuards endpointGuards(BulkheadRegistry bulkheads, CircuitBreakerRegistry breakers,
                                              RetryRegistry retries) {
        return new Resilience4jEndpointGuards(bulkheads, breakers, retries);
    }

    @Bean
    HttpWebhookTransport webhookTransport(NotificationProperties properties, Clock clock) {
        var webhooks = properties.webhooks();
        return new HttpWebhookTransport(webhooks.connectTimeout(), webhooks.requestTimeout(), clock);
    }

    @Bean
    SmtpEmailTransport emailTransport(JavaMailSenderImpl mail, NotificationProperties properties) {
        return new SmtpEmailTransport(mail, properties.email().from());
    }

    @Bean
    DeliveryTargets deliveryTargets(ChannelSettings channels, AesGcmSecretSealer sealer) {
        return new DeliveryTargets(channels, sealer);
    }

    @Bean
    DeliveryAttempts deliveryAttempts(MongoNotifications notifications, HttpWebhookTransport webhooks,
                                      SmtpEmailTransport email, Resilience4jEndpointGuards guards, Clock clock,
                                      DeliveryMetrics metrics) {
        return new DeliveryAttempts(notifications, webhooks, email, guards, clock, metrics);
    }

    /**
     * Workers made on demand up to the limit, none queued: when all are busy the dispatcher waits its turn. Wrapped,
     * so that it is no {@code Executor} bean other auto-configuration might pick up.
     */
    record DeliveryWorkers(ThreadPoolExecutor pool) {

        static DeliveryWorkers upTo(int workers) {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory named = r -> {
                Thread thread = new Thread(r, "delivery-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            return new DeliveryWorkers(new ThreadPoolExecutor(0, workers, 60, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), named));
        }
    }

    @Bean
    DeliveryWorkers deliveryWorkers(NotificationProperties properties) {
        return DeliveryWorkers.upTo(properties.delivery().workers());
    }

    @Bean
    Dispatcher dispatcher(MongoNotifications queue, DeliveryTargets targets, DeliveryAttempts attempts,
                          Resilience4jEndpointGuards guards, DeliveryWorkers workers, Clock clock,
                          NotificationProperties properties) {
        var delivery = properties.delivery();
        return new Dispatcher(queue, targets, attempts, guards, workers.pool(), clock,
                new Dispatcher.Settings(delivery.batchSize(), delivery.lease(), delivery.busyDelay()));
    }

    @Bean
    DeliveryScheduler deliveryScheduler(Dispatcher dispatcher, OfferReminders reminders,
                                        DeliveryWorkers workers, NotificationProperties properties) {
        return new DeliveryScheduler(dispatcher, reminders, workers.pool(), properties.delivery().pollInterval(),
                properties.offerReminder().checkInterval());
    }

    @Bean
    Deliveries deliveries(MongoNotifications notifications, Clock clock) {
        return new Deliveries(notifications, notifications, clock);
    }
}

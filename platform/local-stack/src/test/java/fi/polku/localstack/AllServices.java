package fi.polku.localstack;

import fi.polku.compensation.CompensationApplication;
import fi.polku.events.Topic;
import fi.polku.notification.NotificationApplication;
import fi.polku.placement.PlacementApplication;
import fi.polku.reception.ReceptionApplication;
import fi.polku.testkit.PolkuTestProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four services in this JVM, each its own Spring context, against the one shared broker and Mongo server. */
final class AllServices implements AutoCloseable {

    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    private final String run = PolkuTestProperties.newRunId();

    static AllServices start() {
        return start(Map.of());
    }

    /** Starts the four services with {@code extra} properties added to each. */
    static AllServices start(Map<String, String> extra) {
        AllServices all = new AllServices();
        all.run("reception", ReceptionApplication.class, extra);
        all.run("placement", PlacementApplication.class, extra);
        all.run("compensation", CompensationApplication.class, extra);
        all.run("notification", NotificationApplication.class, extra);
        return all;
    }

    private void run(String name, Class<?> application, Map<String, String> extra) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.name=" + name);
        args.add("--server.port=0");
        PolkuTestProperties.forService(name, run).forEach((k, v) -> args.add("--" + k + "=" + v));
        extra.forEach((k, v) -> args.add("--" + k + "=" + v));
        contexts.put(name, new SpringApplicationBuilder(application).run(args.toArray(String[]::new)));
    }

    /** The names of the services, in start order. */
    java.util.Set<String> names() {
        return contexts.keySet();
    }

    /** The name of a topic in this run (every run has its own topic prefix). */
    String topic(Topic topic) {
        return PolkuTestProperties.topicPrefix(run) + topic.topicName();
    }

    int port(String name) {
        return Integer.parseInt(contexts.get(name).getEnvironment().getProperty("local.server.port"));
    }

    Endpoints endpoints() {
        return Endpoints.localhost(port("reception"), port("placement"), port("compensation"), port("notification"));
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> reversed = new ArrayList<>(contexts.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ConfigurableApplicationContext::close);
    }
}

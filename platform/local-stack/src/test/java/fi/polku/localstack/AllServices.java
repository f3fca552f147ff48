package fi.polku.localstack;

import fi.polku.compensation.CompensationApplication;
import fi.polku.events.Topic;
import fi.polku.notification.NotificationApplication;
import fi.polku.operations.OperationsApplication;
import fi.polku.placement.PlacementApplication;
import fi.polku.reception.ReceptionApplication;
import fi.polku.testkit.PolkuTestProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five services in this JVM, each its own Spring context, against the one shared broker and Mongo server. */
final class AllServices implements AutoCloseable {

    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    private final String run = PolkuTestProperties.newRunId();

    /** Starts every service; {@code arguments} (e.g. {@code --polku.placement.target=P20D}) go to each of them. */
    static AllServices start(String... arguments) {
        AllServices all = new AllServices();
        all.run("reception", ReceptionApplication.class, arguments);
        all.run("placement", PlacementApplication.class, arguments);
        all.run("compensation", CompensationApplication.class, arguments);
        all.run("notification", NotificationApplication.class, arguments);
        all.run("operations", OperationsApplication.class, arguments);
        return all;
    }

    private void run(String name, Class<?> application, String... arguments) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.name=" + name);
        args.add("--server.port=0");
        PolkuTestProperties.forService(name, run).forEach((k, v) -> args.add("--" + k + "=" + v));
        args.addAll(List.of(arguments));
        contexts.put(name, new SpringApplicationBuilder(application).run(args.toArray(String[]::new)));
    }

    /** The names of the services, in start order. */
    java.util.Set<String> names() {
        return contexts.keySet();
    }

    /** The name of a topic in this run (every run has its own topic prefix). */
    String topic(Topic topic) {
        return topicPrefix() + topic.topicName();
    }

    int port(String name) {
        return Integer.parseInt(contexts.get(name).getEnvironment().getProperty("local.server.port"));
    }

    Endpoints endpoints() {
        return Endpoints.localhost(port("reception"), port("placement"), port("compensation"), port("notification"));
    }

    /** The operations service (the console): the journeys never call it, they only feed it. */
    String operations() {
        return "http://localhost:" + port("operations");
    }

    /** The topic prefix of this run: its topics are {@code <prefix><registry name>}. */
    String topicPrefix() {
        return PolkuTestProperties.topicPrefix(run);
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> reversed = new ArrayList<>(contexts.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ConfigurableApplicationContext::close);
    }
}

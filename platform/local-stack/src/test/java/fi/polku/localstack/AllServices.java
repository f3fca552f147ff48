package fi.polku.localstack;

import fi.polku.compensation.CompensationApplication;
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

    static AllServices start() {
        String run = PolkuTestProperties.newRunId();
        AllServices all = new AllServices();
        all.run("reception", ReceptionApplication.class, run);
        all.run("placement", PlacementApplication.class, run);
        all.run("compensation", CompensationApplication.class, run);
        all.run("notification", NotificationApplication.class, run);
        return all;
    }

    private void run(String name, Class<?> application, String run) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.name=" + name);
        args.add("--server.port=0");
        PolkuTestProperties.forService(name, run).forEach((k, v) -> args.add("--" + k + "=" + v));
        contexts.put(name, new SpringApplicationBuilder(application).run(args.toArray(String[]::new)));
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

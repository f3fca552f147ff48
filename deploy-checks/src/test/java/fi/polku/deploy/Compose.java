package fi.polku.deploy;

import java.nio.file.Path;
import java.util.Map;

/** docker-compose.yml as data (anchors and merge keys resolved). */
final class Compose {

    private Compose() {
    }

    static Path file() {
        return Tools.root().resolve("docker-compose.yml");
    }

    static Map<String, Object> document() {
        return Yaml.load(file());
    }

    static Map<String, Object> services() {
        return Yaml.map(document().get("services"));
    }

    static Map<String, Object> service(String name) {
        Map<String, Object> service = Yaml.map(services().get(name));
        if (service.isEmpty()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** A service's environment as a map (compose allows a list of KEY=VALUE too). */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(k.toString(), v == null ? null : v.toString()));
        } else {
            for (Object entry : Yaml.list(raw)) {
                String[] kv = entry.toString().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return env;
    }
}

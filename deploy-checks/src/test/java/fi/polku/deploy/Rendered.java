package fi.polku.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The overlays under k8s/overlays rendered once per test JVM, with kubectl kustomize (or kustomize build). */
final class Rendered {

    static final List<String> OVERLAYS = List.of("dev", "production");

    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    private Rendered() {
    }

    static String text(String overlay) {
        return TEXT.computeIfAbsent(overlay, Rendered::render);
    }

    private static String render(String overlay) {
        List<String> command;
        if (Tools.onPath("kubectl", "version", "--client")) {
            command = List.of("kubectl", "kustomize", "k8s/overlays/" + overlay);
        } else if (Tools.onPath("kustomize", "version")) {
            command = List.of("kustomize", "build", "k8s/overlays/" + overlay);
        } else {
            Tools.require("kubectl (or kustomize)", false);
            throw new IllegalStateException("unreachable");
        }
        var result = Tools.run(Tools.root(), command, 120);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + result.output());
        }
        return result.output();
    }

    static List<Map<String, Object>> objects(String overlay) {
        return Yaml.loadAll(text(overlay));
    }

    static Stream<Map<String, Object>> ofKind(String overlay, String kind) {
        return objects(overlay).stream().filter(o -> kind.equals(o.get("kind")));
    }

    static Map<String, Object> named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).filter(o -> Objects.equals(name, Yaml.string(o, "metadata.name"))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }
}

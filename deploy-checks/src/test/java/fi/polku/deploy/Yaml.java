package fi.polku.deploy;

import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** YAML reading with merge keys resolved (compose anchors) and navigation helpers for the checks. */
final class Yaml {

    private Yaml() {
    }

    private static org.yaml.snakeyaml.Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(200);
        return new org.yaml.snakeyaml.Yaml(options);
    }

    static Map<String, Object> load(Path file) {
        try {
            return yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> loadAll(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(text)) {
            if (doc != null) {
                docs.add(map(doc));
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** The value at a dotted path of map keys, or null. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static String string(Object root, String path) {
        Object value = at(root, path);
        return value == null ? null : value.toString();
    }
}

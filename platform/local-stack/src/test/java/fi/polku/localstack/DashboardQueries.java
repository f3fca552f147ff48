package fi.polku.localstack;

import fi.polku.events.EventCodec;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every query of every panel of the Grafana dashboards in a folder, read from the JSON as Grafana reads it (rows'
 * nested panels included), with the template variables replaced the way Grafana would on first load.
 */
final class DashboardQueries {

    /** One panel target: where it comes from and its PromQL with variables in place. */
    record Query(String dashboard, String panel, String refId, String expr) {
        @Override
        public String toString() {
            return dashboard + " / " + panel + " / " + refId + ": " + expr;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\[\\[(\\w+)]]|\\$(\\w+)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((?:(.+),\\s*)?(\\w+)\\)");
    /** Grafana's own interval variables, at what a dashboard opened on the last hour would use. */
    private static final Map<String, String> BUILT_IN = Map.of("__rate_interval", "1m", "__interval", "15s",
            "__range", "1h", "__range_s", "3600", "interval", "1m");

    private DashboardQueries() {
    }

    static List<Path> dashboards(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The queries of one dashboard; {@code labelValues} answers a {@code label_values(metric, label)} variable
     * (label, metric) with the values Prometheus knows, of which the first is chosen, as Grafana does.
     */
    static List<Query> of(Path dashboard, BiFunction<String, String, List<String>> labelValues) {
        JsonNode json = read(dashboard);
        String title = json.get("title").asString();
        Map<String, String> variables = new LinkedHashMap<>(BUILT_IN);
        for (JsonNode variable : json.path("templating").path("list")) {
            variables.put(variable.get("name").asString(), valueOf(variable, variables, labelValues));
        }
        List<Query> queries = new ArrayList<>();
        collect(json.path("panels"), title, variables, queries);
        return queries;
    }

    private static void collect(JsonNode panels, String dashboard, Map<String, String> variables, List<Query> into) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                into.add(new Query(dashboard, panel.path("title").asString(), target.path("refId").asString(),
                        substitute(target.get("expr").asString(), variables)));
            }
            collect(panel.path("panels"), dashboard, variables, into);
        }
    }

    private static String valueOf(JsonNode variable, Map<String, String> known,
                                  BiFunction<String, String, List<String>> labelValues) {
        String type = variable.path("type").asString();
        if (type.equals("datasource")) {
            return "prometheus";
        }
        if (type.equals("custom") || type.equals("interval") || type.equals("constant")) {
            String first = variable.path("query").asString().split(",")[0].trim();
            return variable.path("current").path("value").asString(first);
        }
        JsonNode query = variable.path("query");
        String text = substitute(query.isObject() ? query.path("query").asString() : query.asString(), known);
        Matcher m = LABEL_VALUES.matcher(text);
        if (!m.matches()) {
            throw new AssertionError("Variable " + variable.get("name") + " has a query this test cannot answer: " + text);
        }
        List<String> values = labelValues.apply(m.group(2), m.group(1) == null ? "{" + m.group(2) + "!=\"\"}" : m.group(1));
        if (values.isEmpty()) {
            throw new AssertionError("Variable " + variable.get("name") + " has no values: " + text);
        }
        return values.get(0);
    }

    static String substitute(String expr, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = variables.get(name);
            if (value == null) {
                throw new AssertionError("Unknown variable $" + name + " in " + expr);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static JsonNode read(Path file) {
        try {
            return EventCodec.json().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fi.polku.deploy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prometheus' relabelling for the actions a scrape configuration of pods uses (replace, keep, drop), with its
 * defaults: separator ";", regex "(.*)" anchored at both ends, replacement "$1", action replace.
 */
final class Relabel {

    private Relabel() {
    }

    /** The target's labels after the rules, or null when a rule dropped the target. */
    static Map<String, String> apply(List<Map<String, Object>> rules, Map<String, String> target) {
        Map<String, String> labels = new TreeMap<>(target);
        for (Map<String, Object> rule : rules) {
            String action = String.valueOf(rule.getOrDefault("action", "replace"));
            List<Object> sources = Yaml.list(rule.get("source_labels"));
            String separator = String.valueOf(rule.getOrDefault("separator", ";"));
            String value = sources.stream().map(s -> labels.getOrDefault(s.toString(), ""))
                    .collect(Collectors.joining(separator));
            Pattern regex = Pattern.compile("^(?:" + rule.getOrDefault("regex", "(.*)") + ")$");
            Matcher matcher = regex.matcher(value);
            switch (action) {
                case "keep" -> {
                    if (!matcher.matches()) {
                        return null;
                    }
                }
                case "drop" -> {
                    if (matcher.matches()) {
                        return null;
                    }
                }
                case "replace" -> {
                    if (matcher.matches()) {
                        String replacement = String.valueOf(rule.getOrDefault("replacement", "$1"));
                        String result = matcher.replaceFirst(replacement.replaceAll("\\$\\{(\\w+)}", "\\$$1"));
                        Object targetLabel = rule.get("target_label");
                        if (targetLabel == null) {
                            throw new AssertionError("replace without target_label: " + rule);
                        }
                        if (result.isEmpty()) {
                            labels.remove(targetLabel.toString());
                        } else {
                            labels.put(targetLabel.toString(), result);
                        }
                    }
                }
                default -> throw new AssertionError("relabel action not understood here: " + action);
            }
        }
        return labels;
    }
}

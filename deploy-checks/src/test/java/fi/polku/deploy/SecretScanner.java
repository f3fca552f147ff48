package fi.polku.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in a file's text: private keys, cloud access keys, bearer tokens anywhere, and literal values of
 * password-, secret- and token-named settings in configuration files. Placeholders ({@code ${ENV}}, {@code
 * change-me...}, {@code <...>}, anything saying "example") are not secrets; a deliberate test fixture is allowed
 * when its line (or the one before) carries the marker {@value #FIXTURE}.
 */
final class SecretScanner {

    static final String FIXTURE = "polku:test-fixture";

    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"),
            Pattern.compile("\\b(ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{20,}"),
            Pattern.compile("\\bxox[abpr]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\"d\"\\s*:\\s*\"[A-Za-z0-9_-]{40,}\"")); // the private part of a JWK
    private static final Pattern SETTING = Pattern.compile(
            "(?i)([\\w.-]*(password|passwd|secret|token|api[-_]?key|secret[-_]?key|private[-_]?key))[\"']?\\s*[:=]\\s*"
                    + "[\"']?([^\"'\\s,#}]{6,})");
    private static final List<String> CONFIGURATION = List.of(".yml", ".yaml", ".properties", ".json", ".env",
            ".conf", ".xml", ".toml", ".ini", "dockerfile", ".env.example");

    private SecretScanner() {
    }

    record Finding(String file, int line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    static List<Finding> scan(String file, String text) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        boolean configuration = CONFIGURATION.stream().anyMatch(file.toLowerCase(Locale.ROOT)::endsWith);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains(FIXTURE) || (i > 0 && lines[i - 1].contains(FIXTURE))) {
                continue;
            }
            for (Pattern pattern : ANYWHERE) {
                if (pattern.matcher(line).find()) {
                    findings.add(new Finding(file, i + 1, "looks like a key or token (" + pattern.pattern() + ")"));
                }
            }
            if (configuration) {
                Matcher m = SETTING.matcher(line);
                while (m.find()) {
                    if (!placeholder(m.group(3))) {
                        findings.add(new Finding(file, i + 1, "a literal value for " + m.group(1)));
                    }
                }
            }
        }
        return findings;
    }

    static boolean placeholder(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("${") || v.startsWith("$(") || v.startsWith("<") || v.startsWith("change-me")
                || v.contains("example") || v.startsWith("{{") || v.equals("required") || v.equals("optional")
                || v.startsWith("secretkeyref") || v.startsWith("valuefrom");
    }
}

package fi.polku.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A process the benchmark measures: a service with its base URL, or infrastructure (broker, store) with none. The
 * main class finds its process on this machine for CPU and resident memory; elsewhere only the metrics answer.
 */
public record Target(String name, Optional<String> baseUrl, String mainClass) {

    static final String DEFAULTS = "/bench-services.csv";

    public boolean isService() {
        return baseUrl.isPresent();
    }

    public String url() {
        return baseUrl.orElseThrow(() -> new IllegalStateException(name + " has no HTTP API"));
    }

    /** The targets of the default file on the class path, or of {@code file}: {@code name,url,mainClass} a line. */
    public static List<Target> load(Optional<Path> file) {
        try {
            if (file.isPresent()) {
                return parse(Files.readAllLines(file.get()));
            }
            try (InputStream in = Target.class.getResourceAsStream(DEFAULTS)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Target> parse(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(line -> {
            List<String> cells = Csv.split(line);
            if (cells.size() != 3 || cells.get(0).isBlank()) {
                throw new IllegalArgumentException("Not a target (name,url,mainClass): " + line);
            }
            String url = cells.get(1).strip();
            return new Target(cells.get(0).strip(), url.isEmpty() ? Optional.empty()
                    : Optional.of(url.replaceAll("/+$", "")), cells.get(2).strip());
        }).toList();
    }

    /** This target with its URL replaced (e.g. {@code --service reception=https://...}). */
    Target at(String url) {
        return new Target(name, Optional.of(url.replaceAll("/+$", "")), mainClass);
    }
}

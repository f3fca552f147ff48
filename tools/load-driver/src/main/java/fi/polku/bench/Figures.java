package fi.polku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every measured number of a run, one row each: the section it belongs to, what was measured (a service, a hop, a
 * tool), the metric and its unit. The CSV form is what the driver hands to the report writer.
 */
public final class Figures {

    public static final String HEADER = "section,subject,metric,value,unit";

    public record Figure(String section, String subject, String metric, double value, String unit) {

        String csv() {
            return String.join(",", Csv.quote(section), Csv.quote(subject), Csv.quote(metric), format(value),
                    Csv.quote(unit));
        }
    }

    private final List<Figure> rows = Collections.synchronizedList(new ArrayList<>());

    public Figures add(String section, String subject, String metric, double value, String unit) {
        rows.add(new Figure(section, subject, metric, value, unit));
        return this;
    }

    public List<Figure> rows() {
        synchronized (rows) {
            return List.copyOf(rows);
        }
    }

    public Optional<Double> value(String section, String subject, String metric) {
        return rows().stream().filter(f -> f.section().equals(section) && f.subject().equals(subject)
                && f.metric().equals(metric)).map(Figure::value).findFirst();
    }

    public List<Figure> section(String section) {
        return rows().stream().filter(f -> f.section().equals(section)).toList();
    }

    public String csv() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        rows().forEach(f -> out.append(f.csv()).append('\n'));
        return out.toString();
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, csv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Figures read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Figures parse(List<String> lines) {
        Figures figures = new Figures();
        for (String line : lines) {
            if (line.isBlank() || line.equals(HEADER)) {
                continue;
            }
            List<String> cells = Csv.split(line);
            if (cells.size() != 5) {
                throw new IllegalArgumentException("Not a figure (section,subject,metric,value,unit): " + line);
            }
            figures.add(cells.get(0), cells.get(1), cells.get(2), Double.parseDouble(cells.get(3)), cells.get(4));
        }
        return figures;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}

package fi.polku.testkit.authz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the tables of {@code docs/security.md} equal to the matrices. Each service's table sits between
 * {@code <!-- authorization-matrix:SERVICE:begin -->} and {@code <!-- authorization-matrix:SERVICE:end -->}. A
 * differing table fails the test, which writes the expected text to {@code target/}; run the test with
 * {@code -Dpolku.updateDocs=true} to rewrite the block in place.
 */
public final class PublishedMatrix {

    public static final String DOCUMENT = "docs/security.md";

    private PublishedMatrix() {
    }

    public static String begin(String service) {
        return "<!-- authorization-matrix:" + service + ":begin -->";
    }

    public static String end(String service) {
        return "<!-- authorization-matrix:" + service + ":end -->";
    }

    /** Checks (or with {@code polku.updateDocs} rewrites) the service's block of the document under {@code root}. */
    public static void verify(Path root, String service, String table) {
        Path document = root.resolve(DOCUMENT);
        try {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            String updated = replaceBlock(text, service, table);
            if (updated.equals(text)) {
                return;
            }
            if (Boolean.getBoolean("polku.updateDocs")) {
                Files.writeString(document, updated, StandardCharsets.UTF_8);
                return;
            }
            Path expected = Path.of("target", "authorization-matrix-" + service + ".md");
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, table, StandardCharsets.UTF_8);
            throw new AssertionError(DOCUMENT + " does not show " + service + "'s authorisation matrix as it is. "
                    + "The table it must show is in " + expected.toAbsolutePath()
                    + "; or run this test with -Dpolku.updateDocs=true to rewrite the block.\n" + table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String replaceBlock(String text, String service, String table) {
        int from = text.indexOf(begin(service));
        int to = text.indexOf(end(service));
        if (from < 0 || to < from) {
            throw new AssertionError(DOCUMENT + " has no block " + begin(service) + " ... " + end(service));
        }
        return text.substring(0, from + begin(service).length()) + "\n" + table + text.substring(to);
    }

    /** The repository root: the nearest directory upwards from the working directory holding the document. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(DOCUMENT))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("No " + DOCUMENT + " above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

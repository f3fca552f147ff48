package fi.polku.notification.adapter.out.reference;

import fi.polku.notification.application.Municipalities;
import fi.polku.notification.domain.LanguageStatus;
import fi.polku.notification.domain.Municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Municipalities from the reference data file {@code reference/municipalities.csv} (shared/data), read by column
 * name so that added columns do not break it.
 */
public class CsvMunicipalities implements Municipalities {

    static final String RESOURCE = "/reference/municipalities.csv";

    private final Map<String, Municipality> byCode;

    public CsvMunicipalities() {
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(reader.readLine().split(",", -1));
            int code = column(header, "code");
            int nameFi = column(header, "name_fi");
            int nameSv = column(header, "name_sv");
            int language = column(header, "language");
            byCode = reader.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                    .map(f -> new Municipality(f[code], f[nameFi], f[nameSv], LanguageStatus.of(f[language])))
                    .collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(RESOURCE + " lacks the column " + name);
        }
        return index;
    }

    @Override
    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }
}

package fi.polku.notification.adapter.out.reference;

import fi.polku.notification.application.Municipalities;
import fi.polku.notification.domain.LanguageStatus;
import fi.polku.notification.domain.Municipality;
import fi.polku.notification.domain.WellbeingCounty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Municipalities from the reference data file {@code reference/municipalities.csv} (shared/data), read by column
 * name so that added columns do not break it. Åland's municipalities have no wellbeing services county.
 */
public class CsvMunicipalities implements Municipalities {

    static final String RESOURCE = "/reference/municipalities.csv";

    private final Map<String, Municipality> byCode;
    private final List<Municipality> all;

    public CsvMunicipalities() {
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8))) {
            Columns columns = new Columns(Arrays.asList(reader.readLine().split(",", -1)));
            all = reader.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).map(columns::municipality)
                    .sorted(Comparator.comparing(Municipality::code)).toList();
            byCode = all.stream().collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Columns(int code, int nameFi, int nameSv, int language, int region, int population, int countyFi,
                           int countySv) {

        Columns(List<String> header) {
            this(column(header, "code"), column(header, "name_fi"), column(header, "name_sv"),
                    column(header, "language"), column(header, "region_code"), column(header, "population"),
                    column(header, "wellbeing_county_fi"), column(header, "wellbeing_county_sv"));
        }

        Municipality municipality(String[] f) {
            WellbeingCounty county = f[countyFi].isBlank() ? null : WellbeingCounty.named(f[countyFi], f[countySv]);
            long people = f[population].isBlank() ? 0 : Long.parseLong(f[population]);
            return new Municipality(f[code], f[nameFi], f[nameSv], LanguageStatus.of(f[language]), f[region], county,
                    people);
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

    @Override
    public List<Municipality> all() {
        return all;
    }

    public int size() {
        return byCode.size();
    }
}

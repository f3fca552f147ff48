package fi.polku.placement.adapter.out.reference;

import fi.polku.placement.domain.Municipality;
import fi.polku.placement.domain.MunicipalityMerge;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.RegionalAuthorities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads the municipality register from the reference data shipped with the service (copied from shared/data with
 * its provenance: Statistics Finland classifications, Posti codes, the Act on Wellbeing Services Counties).
 */
public final class CsvMunicipalities {

    private CsvMunicipalities() {
    }

    public static List<MunicipalityMerge> merges() {
        return rows("/reference/municipality_merges.csv").stream()
                .map(f -> new MunicipalityMerge(f.get(0), f.get(1), LocalDate.parse(f.get(2))))
                .toList();
    }

    public static RegionalAuthorities regionalAuthorities() {
        return new RegionalAuthorities(rows("/reference/regional-authorities.csv").stream()
                .map(f -> new RegionalAuthorities.Authority(f.get(0), f.get(1), List.of(f.get(2).split(";"))))
                .toList());
    }

    public static MunicipalityRegister load() {
        List<Municipality> municipalities = rows("/reference/municipalities.csv").stream()
                .map(f -> new Municipality(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5),
                        Boolean.parseBoolean(f.get(7)), f.get(8).isEmpty() ? null : Integer.valueOf(f.get(8)),
                        f.get(10).isEmpty() ? null : f.get(10)))
                .toList();
        return new MunicipalityRegister(municipalities, merges());
    }

    private static List<List<String>> rows(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CsvMunicipalities.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(CsvMunicipalities::split).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line, honouring double-quoted fields (the merges file quotes its sources). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

package fi.polku.operations.adapter.out.reference;

import fi.polku.operations.application.Regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Regions of municipalities from {@code reference/municipalities.csv} (code, ..., region_code, region_name_fi). */
public class CsvRegions implements Regions {

    private final Map<String, Region> byMunicipality = new HashMap<>();
    private final Map<String, Region> byCode = new HashMap<>();

    public CsvRegions() {
        var resource = Objects.requireNonNull(getClass().getResourceAsStream("/reference/municipalities.csv"),
                "reference/municipalities.csv");
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",", -1);
                Region region = byCode.computeIfAbsent(columns[4], code -> new Region(code, columns[5]));
                byMunicipality.put(columns[0], region);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Region> ofMunicipality(String municipalityCode) {
        return Optional.ofNullable(byMunicipality.get(municipalityCode));
    }

    @Override
    public Optional<Region> byCode(String regionCode) {
        return Optional.ofNullable(byCode.get(regionCode));
    }
}

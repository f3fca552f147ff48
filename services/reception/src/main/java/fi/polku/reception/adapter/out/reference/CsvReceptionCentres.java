package fi.polku.reception.adapter.out.reference;

import fi.polku.reception.application.ReceptionCentres;
import fi.polku.reception.domain.ReceptionCentre;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reception centres from the reference data file {@code reception-centres.csv} shipped with the service. */
public class CsvReceptionCentres implements ReceptionCentres {

    private final List<ReceptionCentre> centres;

    public CsvReceptionCentres() {
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reception-centres.csv")), StandardCharsets.UTF_8))) {
            centres = reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                    .map(f -> new ReceptionCentre(f[0], f[1], f[2], f[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<ReceptionCentre> find(String id) {
        return centres.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<ReceptionCentre> all() {
        return centres;
    }
}

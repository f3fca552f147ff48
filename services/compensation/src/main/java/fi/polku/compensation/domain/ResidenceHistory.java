package fi.polku.compensation.domain;

import fi.polku.kit.domain.InvalidInput;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where a person has lived, oldest first; the first entry is the first kotikunta, where the period starts. */
public record ResidenceHistory(List<Residence> residences) {

    public ResidenceHistory {
        if (residences == null || residences.isEmpty()) {
            throw new InvalidInput("residences", "at least one residence is needed");
        }
        residences = residences.stream().sorted(Comparator.comparing(Residence::from)).toList();
        for (int i = 1; i < residences.size(); i++) {
            if (residences.get(i).from().equals(residences.get(i - 1).from())) {
                throw new InvalidInput("residences", "two residences start on the same day");
            }
        }
    }

    public static ResidenceHistory of(Residence... residences) {
        return new ResidenceHistory(List.of(residences));
    }

    /** The first day of the first municipality of residence. */
    public LocalDate start() {
        return residences.get(0).from();
    }

    /** The municipality of residence on {@code day}, empty before the first one. */
    public Optional<String> municipalityOn(LocalDate day) {
        String found = null;
        for (Residence r : residences) {
            if (r.from().isAfter(day)) {
                break;
            }
            found = r.municipality();
        }
        return Optional.ofNullable(found);
    }

    public String latest() {
        return residences.get(residences.size() - 1).municipality();
    }

    public boolean includes(String municipality) {
        return residences.stream().anyMatch(r -> r.municipality().equals(municipality));
    }
}

package fi.polku.compensation.domain.supplementary;

import java.util.List;
import java.util.Optional;

public record SupplementaryProgrammes(List<SupplementaryProgramme> programmes) {

    public SupplementaryProgrammes {
        programmes = List.copyOf(programmes);
        if (programmes.stream().map(SupplementaryProgramme::code).distinct().count() != programmes.size()) {
            throw new IllegalStateException("Supplementary programme codes must be unique");
        }
    }

    public Optional<SupplementaryProgramme> find(String code) {
        return programmes.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}

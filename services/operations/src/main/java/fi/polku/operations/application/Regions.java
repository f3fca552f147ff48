package fi.polku.operations.application;

import java.util.Optional;

/** Which region (maakunta) a municipality belongs to: reference data, since agreements name municipalities only. */
public interface Regions {

    record Region(String code, String name) {
    }

    Optional<Region> ofMunicipality(String municipalityCode);

    Optional<Region> byCode(String regionCode);
}

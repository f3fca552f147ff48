package fi.polku.notification.application;

import fi.polku.notification.domain.Municipality;
import fi.polku.notification.domain.WellbeingCounty;

import java.util.List;
import java.util.Optional;

/** The municipalities Polku knows (reference data), with their regions and wellbeing services counties. */
public interface Municipalities {

    Optional<Municipality> find(String code);

    List<Municipality> all();

    default Optional<WellbeingCounty> county(String id) {
        return all().stream().flatMap(m -> m.wellbeingCounty().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    default List<Municipality> ofCounty(String countyId) {
        return all().stream().filter(m -> m.wellbeingCounty().map(c -> c.id().equals(countyId)).orElse(false))
                .toList();
    }

    default List<Municipality> ofRegion(String regionCode) {
        return all().stream().filter(m -> regionCode.equals(m.regionCode())).toList();
    }
}

package fi.polku.placement.application;

import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.QuotaPersonalData;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Migri's full personal data of quota refugees, and its recorded release to the accepting municipality. */
public class QuotaDataService {

    private final Aggregates<QuotaPersonalData> data;
    private final Aggregates<PlacementCase> cases;
    private final Clock clock;

    public QuotaDataService(Aggregates<QuotaPersonalData> data, Aggregates<PlacementCase> cases, Clock clock) {
        this.data = data;
        this.cases = cases;
        this.clock = clock;
    }

    public void store(String caseId, List<QuotaPersonalData.Person> persons) {
        PlacementCase placementCase = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        if (placementCase.route() != PlacementCase.Route.QUOTA) {
            throw new NotFound("quota case", caseId);
        }
        if (data.find(caseId).isEmpty()) {
            try {
                data.create(caseId, QuotaPersonalData.of(caseId, persons), List.of());
                return;
            } catch (AggregateAlreadyExists raced) {
                // replaced below
            }
        }
        data.update(caseId, d -> {
            d.replace(persons);
            return List.of();
        });
    }

    /**
     * Whether the case concerns the municipality at all: offered to it or assigned to it. Any other municipality's
     * officer is refused outright (403), before the rule that only the accepting one receives the data (409).
     */
    public boolean concerns(String caseId, String municipality) {
        PlacementCase placementCase = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        return placementCase.assignedMunicipality().map(municipality::equals).orElse(false)
                || placementCase.offers().stream().anyMatch(o -> o.municipality().equals(municipality));
    }

    /** Releases the data to the officer, recording the release in the same write. */
    public List<QuotaPersonalData.Person> release(String caseId, String municipality, String officer) {
        PlacementCase placementCase = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        List<QuotaPersonalData.Person> released = new ArrayList<>();
        data.update(caseId, d -> {
            released.clear();
            released.addAll(d.releaseTo(placementCase, municipality, officer, clock.instant()));
            return List.of();
        });
        return released;
    }

    public QuotaPersonalData get(String caseId) {
        return data.find(caseId).orElseThrow(() -> new NotFound("personal data of case", caseId));
    }
}

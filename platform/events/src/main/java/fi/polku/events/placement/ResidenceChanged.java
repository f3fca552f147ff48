package fi.polku.events.placement;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The household's municipality of residence changed (a later move, or a municipal merge). Compensation follows the
 * person: the month's payment goes to where they live on its first day.
 */
public record ResidenceChanged(String caseId, String householdId, String fromMunicipality, String toMunicipality,
                               LocalDate since, List<String> personIds) implements PolkuEvent {

    @Override
    public String subject() {
        return caseId;
    }
}

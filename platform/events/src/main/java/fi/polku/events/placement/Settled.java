package fi.polku.events.placement;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The household's municipality of residence (kotikunta) is recorded. Birth dates travel because compensation
 * depends on each person's age on the first day of every month.
 */
public record Settled(String caseId, String householdId, String municipality, LocalDate residentSince,
                      IntegrationGroup integrationGroup, List<Resident> residents) implements PolkuEvent {

    public record Resident(String personId, LocalDate birthDate) {
    }

    @Override
    public String subject() {
        return caseId;
    }
}

package fi.polku.events.reception;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The household found housing itself (omatoiminen muutto) and will move to the municipality on the date. No offer
 * is needed, but the municipality is compensated however the person moved, so placement records the case.
 */
public record SelfMoveReported(String householdId, String receptionCentreId, String municipality, LocalDate moveDate,
                               IntegrationGroup integrationGroup, LocalDate permitDate,
                               List<PlacementRequested.Member> members) implements PolkuEvent {

    @Override
    public String subject() {
        return householdId;
    }
}

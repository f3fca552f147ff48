package fi.polku.events.placement;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** Placement opened a case for a household, from a placement application, a quota intake or a self-move. */
public record CaseOpened(String caseId, String householdId, String route, IntegrationGroup integrationGroup,
                         String receptionCentreId, LocalDate permitDate, int householdSize) implements PolkuEvent {

    @Override
    public String subject() {
        return caseId;
    }
}

package fi.polku.events.placement;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** The regional authority assigned the household to the municipality (kuntaan osoitus). */
public record Assigned(String caseId, String householdId, String municipality, String receptionCentreId,
                       LocalDate assignedOn) implements PolkuEvent {

    @Override
    public String subject() {
        return caseId;
    }
}

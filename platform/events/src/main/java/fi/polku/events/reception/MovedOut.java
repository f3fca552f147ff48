package fi.polku.events.reception;

import fi.polku.events.PolkuEvent;

import java.time.LocalDate;

/** The household left the reception centre for a municipality; reception services end on the move-out date. */
public record MovedOut(String householdId, String receptionCentreId, LocalDate moveOutDate,
                       String destinationMunicipality) implements PolkuEvent {

    @Override
    public String subject() {
        return householdId;
    }
}

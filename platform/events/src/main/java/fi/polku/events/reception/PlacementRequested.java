package fi.polku.events.reception;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The reception centre judged that the household needs a municipal place and sent the placement application
 * (kuntasijoitushakemus). Members are pseudonymous: an id, a birth date and a relationship, never a name.
 */
public record PlacementRequested(String applicationId, String householdId, String receptionCentreId,
                                 String receptionMunicipality, IntegrationGroup integrationGroup, LocalDate permitDate,
                                 List<Member> members, Needs needs, List<String> languages,
                                 List<String> familyTiesMunicipalities, List<String> wishedMunicipalities)
        implements PolkuEvent {

    public record Member(String personId, LocalDate birthDate, String relationship, boolean unaccompaniedMinor) {
    }

    @Override
    public String subject() {
        return householdId;
    }
}

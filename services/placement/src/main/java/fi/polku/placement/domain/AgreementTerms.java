package fi.polku.placement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the regional authority and the municipality agreed: validity, places per year and group, family group home
 * units for unaccompanied minors, emergency cases, the wellbeing services county's consultation and the
 * integration programme.
 */
public record AgreementTerms(LocalDate validFrom, LocalDate validTo, List<ConfirmedPlaces> places,
                             List<FamilyGroupHome> familyGroupHomes, boolean takesEmergencyCases,
                             LocalDate wellbeingCountyConsultedOn, IntegrationProgramme integrationProgramme) {

    public AgreementTerms {
        familyGroupHomes = familyGroupHomes == null ? List.of() : List.copyOf(familyGroupHomes);
        places = List.copyOf(places);
    }

    AgreementTerms withYear(int year, List<ConfirmedPlaces> yearsPlaces, List<FamilyGroupHome> yearsHomes,
                            boolean emergency) {
        List<ConfirmedPlaces> otherYears = places.stream().filter(p -> p.year() != year).toList();
        List<FamilyGroupHome> otherHomes = familyGroupHomes.stream().filter(h -> h.year() != year).toList();
        return new AgreementTerms(validFrom, validTo,
                java.util.stream.Stream.concat(otherYears.stream(), yearsPlaces.stream()).toList(),
                java.util.stream.Stream.concat(otherHomes.stream(), yearsHomes.stream()).toList(),
                emergency, wellbeingCountyConsultedOn, integrationProgramme);
    }
}

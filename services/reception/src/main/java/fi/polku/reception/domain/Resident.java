package fi.polku.reception.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of a household. Names, the identity code, the Migri customer number and a minor's representative are
 * personal data that never leave this service; other services know the person only by {@code personId}.
 */
public record Resident(String personId, String firstNames, String lastName, LocalDate birthDate,
                       String personalIdentityCode, String migriCustomerNumber, Relationship relationship,
                       boolean unaccompaniedMinor, Representative representative, LocalDate arrivedInFinland,
                       List<String> languages) {

    /** The same member without what identifies them: no names, codes or representative; the birth year only. */
    Resident anonymised() {
        return new Resident(personId, null, null, birthDate.withDayOfYear(1), null, null, relationship,
                unaccompaniedMinor, null, arrivedInFinland, languages);
    }

    public enum Relationship { APPLICANT, SPOUSE, CHILD, PARENT, SIBLING, OTHER }
}

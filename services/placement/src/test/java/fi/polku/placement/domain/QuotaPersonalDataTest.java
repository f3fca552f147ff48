package fi.polku.placement.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaPersonalDataTest {

    @Test
    void anonymisationKeepsThePseudonymousIdTheBirthYearAndTheNationalityOnly() {
        QuotaPersonalData data = QuotaPersonalData.of("c1", List.of(new QuotaPersonalData.Person("p1", "Layla",
                "Example", LocalDate.of(1984, 2, 2), "SY", "UNHCR-42")));
        data.anonymise(LocalDate.of(2029, 3, 1));
        assertThat(data.persons()).containsExactly(new QuotaPersonalData.Person("p1", null, null,
                LocalDate.of(1984, 1, 1), "SY", null));
        assertThat(data.anonymisedOn()).contains(LocalDate.of(2029, 3, 1));
    }
}

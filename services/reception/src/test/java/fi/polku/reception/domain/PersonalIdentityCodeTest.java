package fi.polku.reception.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityCodeTest {

    // Valid codes computed with the DVV rule: check character = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ mod 31]
    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            "131052-308T, 1952-10-13",   // DVV's own example, '-'
            "131052Y308T, 1952-10-13",   // the same person with a 2023 sign for the 1900s
            "131052X308T, 1952-10-13",
            "131052W308T, 1952-10-13",
            "131052V308T, 1952-10-13",
            "131052U308T, 1952-10-13",
            "010594Y9032, 1994-05-01",
            "020301A236K, 2001-03-02",
            "020301B236K, 2001-03-02",
            "020301C236K, 2001-03-02",
            "020301D236K, 2001-03-02",
            "020301E236K, 2001-03-02",
            "020301F236K, 2001-03-02",
            "290200A002C, 2000-02-29",   // leap day
            "010180+1232, 1880-01-01"    // the 1800s
    })
    void acceptsValidCodesOfEveryCenturySign(String code, LocalDate birthDate) {
        assertThat(PersonalIdentityCode.parse(code).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "131052-308U, check character does not match",
            "131052Y308A, check character does not match",
            "131052G308T, unknown century sign",
            "131052Z308T, unknown century sign",
            "310252-308T, no such birth date",
            "290201A002C, no such birth date",       // 2001 is not a leap year
            "131052-001T, individual number must be 002-999",
            "13105-2308T, date and individual number must be digits",
            "131052-308, must be 11 characters",
            "'', must be 11 characters"
    })
    void rejectsInvalidCodesWithTheReason(String code, String reason) {
        assertThatThrownBy(() -> PersonalIdentityCode.parse(code))
                .isInstanceOf(PersonalIdentityCode.InvalidIdentityCode.class)
                .hasMessage(reason);
    }

    @org.junit.jupiter.api.Test
    void neverPrintsTheCode() {
        assertThat(PersonalIdentityCode.parse("131052-308T").toString()).doesNotContain("131052");
    }
}

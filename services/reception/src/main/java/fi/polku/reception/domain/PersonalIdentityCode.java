package fi.polku.reception.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ: birth date, century sign, individual number and
 * check character. Since 2023 the century signs Y, X, W, V, U (1900s) and B, C, D, E, F (2000s) exist beside
 * '-', '+' (1800s) and 'A' (Government Decree 128/2010 as amended, DVV).
 */
public record PersonalIdentityCode(String value, LocalDate birthDate) {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Map<Character, Integer> CENTURIES = Map.ofEntries(
            Map.entry('+', 1800),
            Map.entry('-', 1900), Map.entry('Y', 1900), Map.entry('X', 1900), Map.entry('W', 1900),
            Map.entry('V', 1900), Map.entry('U', 1900),
            Map.entry('A', 2000), Map.entry('B', 2000), Map.entry('C', 2000), Map.entry('D', 2000),
            Map.entry('E', 2000), Map.entry('F', 2000));

    /** Parses and checks a code; the reason of a failure names what is wrong without repeating the code. */
    public static PersonalIdentityCode parse(String text) {
        String code = text == null ? "" : text.trim().toUpperCase();
        if (code.length() != 11) {
            throw new InvalidIdentityCode("must be 11 characters");
        }
        String digits = code.substring(0, 6) + code.substring(7, 10);
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCode("date and individual number must be digits");
        }
        Integer century = CENTURIES.get(code.charAt(6));
        if (century == null) {
            throw new InvalidIdentityCode("unknown century sign");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century + Integer.parseInt(code.substring(4, 6)),
                    Integer.parseInt(code.substring(2, 4)), Integer.parseInt(code.substring(0, 2)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityCode("no such birth date");
        }
        int individual = Integer.parseInt(code.substring(7, 10));
        if (individual < 2) {
            throw new InvalidIdentityCode("individual number must be 002-999");
        }
        char expected = CHECK_CHARACTERS.charAt((int) (Long.parseLong(digits) % 31));
        if (code.charAt(10) != expected) {
            throw new InvalidIdentityCode("check character does not match");
        }
        return new PersonalIdentityCode(code, birthDate);
    }

    public static Optional<PersonalIdentityCode> parseOptional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    /** Never print the code itself: it identifies a person. */
    @Override
    public String toString() {
        return "PersonalIdentityCode[***]";
    }

    public static class InvalidIdentityCode extends IllegalArgumentException {
        public InvalidIdentityCode(String reason) {
            super(reason);
        }
    }
}

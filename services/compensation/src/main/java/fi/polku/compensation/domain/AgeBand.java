package fi.polku.compensation.domain;

import java.time.LocalDate;

/** The two age bands of the calculated compensation, judged on the first day of each month. */
public enum AgeBand {
    UNDER_7,
    SEVEN_OR_OVER;

    /**
     * The band on {@code day}. A person born on 29 February turns 7 on 28 February or 1 March in a common year,
     * depending on the convention; both lie after 1 February and on or before 1 March, so on the first day of a
     * month the answer is the same either way.
     */
    public static AgeBand on(LocalDate birthDate, LocalDate day) {
        return day.isBefore(birthDate.plusYears(7)) ? UNDER_7 : SEVEN_OR_OVER;
    }
}

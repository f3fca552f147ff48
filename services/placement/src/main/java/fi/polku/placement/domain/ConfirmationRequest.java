package fi.polku.placement.domain;

import java.time.LocalDate;

/** The yearly round: the coordinator asks the municipality to confirm its places for a year before a deadline. */
public record ConfirmationRequest(int year, LocalDate requestedOn, LocalDate deadline, LocalDate answeredOn) {

    ConfirmationRequest answered(LocalDate on) {
        return new ConfirmationRequest(year, requestedOn, deadline, on);
    }
}

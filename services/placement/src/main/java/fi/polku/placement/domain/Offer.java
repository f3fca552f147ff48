package fi.polku.placement.domain;

import java.time.LocalDate;

/** A case offered to one municipality, answered before the deadline or expired. */
public record Offer(String offerId, String municipality, LocalDate madeOn, LocalDate deadline, Status status,
                    LocalDate answeredOn, PlacementCase.DeclineReason declineReason) {

    public enum Status { OPEN, ACCEPTED, DECLINED, EXPIRED }

    Offer answered(Status answer, LocalDate on, PlacementCase.DeclineReason reason) {
        return new Offer(offerId, municipality, madeOn, deadline, answer, on, reason);
    }
}

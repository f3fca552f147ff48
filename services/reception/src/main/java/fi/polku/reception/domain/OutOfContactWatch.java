package fi.polku.reception.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Who is in danger of falling between two authorities: a household with a permit and no plan (no placement
 * application, self-move or move-out) for too long, or one that moved out and whose municipality of residence is
 * not confirmed in time. Both limits are configuration: no national target exists.
 */
public record OutOfContactWatch(Period withoutPlan, Period residenceUnconfirmed) {

    public enum Reason { PERMIT_WITHOUT_PLAN, RESIDENCE_UNCONFIRMED }

    public Optional<Reason> check(Household household, LocalDate today) {
        if (household.status() == HouseholdStatus.PERMIT_GRANTED && household.firstPermitDate()
                .map(d -> d.plus(withoutPlan).isBefore(today)).orElse(false)) {
            return Optional.of(Reason.PERMIT_WITHOUT_PLAN);
        }
        if (household.status() == HouseholdStatus.MOVED_OUT && household.residenceConfirmedOn().isEmpty()
                && household.moveOutDate().map(d -> d.plus(residenceUnconfirmed).isBefore(today)).orElse(false)) {
            return Optional.of(Reason.RESIDENCE_UNCONFIRMED);
        }
        return Optional.empty();
    }

    /** The last date that is still in time: households whose reference date is before it are out of contact. */
    public LocalDate permitLimit(LocalDate today) {
        return today.minus(withoutPlan);
    }

    public LocalDate moveOutLimit(LocalDate today) {
        return today.minus(residenceUnconfirmed);
    }
}

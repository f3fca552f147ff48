package fi.polku.placement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days from the permit to each milestone of the path; null where the milestone is not reached yet. */
public record PathTimes(Long toApplication, Long toOffer, Long toAssignment, Long toResidence, long daysSincePermit) {

    PathTimes(LocalDate permit, LocalDate application, LocalDate offer, LocalDate assignment, LocalDate residence,
              LocalDate today) {
        this(days(permit, application), days(permit, offer), days(permit, assignment), days(permit, residence),
                ChronoUnit.DAYS.between(permit, today));
    }

    private static Long days(LocalDate from, LocalDate to) {
        return to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}

package fi.polku.operations.application;

import fi.polku.operations.domain.DeadLetter;
import fi.polku.operations.domain.HouseholdPath;
import fi.polku.operations.domain.MunicipalityPlaces;
import fi.polku.operations.domain.NotificationOutcome;
import fi.polku.operations.domain.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the console reads from the read model. */
public interface ConsoleQueries {

    Map<Stage, Long> householdsByStage();

    /** Households whose case waits for its assignment and whose permit came before {@code permitBefore}. */
    List<HouseholdPath> waitingWithPermitBefore(LocalDate permitBefore, int limit);

    /** The households most recently heard of. */
    List<HouseholdPath> recentlyActive(int limit);

    /** A household by its id or by the id of its placement case. */
    Optional<HouseholdPath> household(String householdOrCaseId);

    List<MunicipalityPlaces> municipalitiesWithPlaces();

    /** People per municipality in households assigned between the two dates (inclusive). */
    Map<String, Integer> peopleAssigned(LocalDate from, LocalDate to);

    List<DeadLetter> recentDeadLetters(int limit);

    long deadLetterCount();

    List<NotificationOutcome> failedNotifications(int limit);
}

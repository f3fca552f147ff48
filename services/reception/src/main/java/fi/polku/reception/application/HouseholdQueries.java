package fi.polku.reception.application;

import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;
import fi.polku.reception.domain.OutOfContactWatch;

import java.time.LocalDate;
import java.util.List;

/** Read side of households, for the API's lists and the out-of-contact watch. */
public interface HouseholdQueries {

    /** One page of a centre's households, optionally only those in {@code status}, most recently changed first. */
    List<Household> byCentre(String receptionCentreId, HouseholdStatus status, int page, int size);

    /** The centre's households with a checklist step still open after its due date. */
    List<Household> withOverdueSteps(String receptionCentreId, LocalDate today);

    /** Households the watch flags, of one centre or (centre null) of all. */
    List<Household> outOfContact(String receptionCentreId, OutOfContactWatch watch, LocalDate today);

    /** How many households are in {@code status}, across all centres. */
    long countByStatus(HouseholdStatus status);

    /** Up to {@code limit} households moved out before {@code date} and not anonymised yet (retention). */
    List<Household> closedBefore(LocalDate date, int limit);

    /** How many households the watch flags, per reason, across all centres. */
    long countOutOfContact(OutOfContactWatch.Reason reason, OutOfContactWatch watch, LocalDate today);
}

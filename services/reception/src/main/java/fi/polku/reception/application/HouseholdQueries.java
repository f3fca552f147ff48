package fi.polku.reception.application;

import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;

import java.util.List;

/** Read side of households, for the API's lists. */
public interface HouseholdQueries {

    /** One page of a centre's households, optionally only those in {@code status}, newest first. */
    List<Household> byCentre(String receptionCentreId, HouseholdStatus status, int page, int size);
}

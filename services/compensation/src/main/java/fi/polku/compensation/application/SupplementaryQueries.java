package fi.polku.compensation.application;

import fi.polku.compensation.domain.supplementary.ApplicationStatus;
import fi.polku.compensation.domain.supplementary.SupplementaryApplication;

import java.util.List;

public interface SupplementaryQueries {

    /** Approved applications not yet taken into a payment run. */
    List<SupplementaryApplication> awaitingPayment();

    List<SupplementaryApplication> paidIn(String runId);

    /** One page of a municipality's applications (all municipalities when null), newest first. */
    List<SupplementaryApplication> of(String municipality, ApplicationStatus status, int page, int size);
}

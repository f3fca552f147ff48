package fi.polku.compensation.application;

import fi.polku.compensation.domain.claim.ClaimStatus;
import fi.polku.compensation.domain.claim.CostClaim;

import java.util.List;

public interface ClaimQueries {

    /** Approved claims not yet taken into a payment run. */
    List<CostClaim> awaitingPayment();

    List<CostClaim> paidIn(String runId);

    /** One page of a municipality's claims (all municipalities when null), newest first. */
    List<CostClaim> of(String municipality, ClaimStatus status, int page, int size);
}

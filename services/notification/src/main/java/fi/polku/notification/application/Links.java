package fi.polku.notification.application;

/** Links into the Polku APIs that notifications carry. */
public record Links(String placementApiUrl, String compensationApiUrl) {

    /**
     * @param placementApiUrl    base URL of the placement API; empty for links relative to the API gateway
     * @param compensationApiUrl base URL of the compensation API; empty for links relative to the API gateway
     */
    public Links {
        placementApiUrl = placementApiUrl == null ? "" : placementApiUrl;
        compensationApiUrl = compensationApiUrl == null ? "" : compensationApiUrl;
    }

    public String offer(String offerId) {
        return placementApiUrl + "/api/v1/offers/" + offerId;
    }

    public String paymentProposal(String month, String proposalId) {
        return compensationApiUrl + "/api/v1/compensation/payment-runs/" + month + "/proposals/" + proposalId;
    }

    public String withheldMonths(String municipality) {
        return compensationApiUrl + "/api/v1/compensation/withheld-months?municipality=" + municipality;
    }

    public String claim(String claimId) {
        return compensationApiUrl + "/api/v1/compensation/claims/" + claimId;
    }

    public String supplementaryApplication(String applicationId) {
        return compensationApiUrl + "/api/v1/compensation/supplementary-applications/" + applicationId;
    }
}

package fi.polku.notification.application;

/** Links into the Polku APIs that notifications carry. */
public record Links(String placementApiUrl) {

    /** @param placementApiUrl base URL of the placement API; empty for links relative to the API gateway */
    public Links {
        placementApiUrl = placementApiUrl == null ? "" : placementApiUrl;
    }

    public String offer(String offerId) {
        return placementApiUrl + "/api/v1/offers/" + offerId;
    }
}

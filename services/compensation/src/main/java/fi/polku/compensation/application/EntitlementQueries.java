package fi.polku.compensation.application;

import fi.polku.compensation.domain.Entitlement;

import java.util.List;

/** Read side of entitlements, for the API's lists. */
public interface EntitlementQueries {

    /** One page of the entitlements of people who have lived in {@code municipality}, oldest period first. */
    List<Entitlement> concerning(String municipality, int page, int size);
}

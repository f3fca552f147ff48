package fi.polku.compensation.application;

import fi.polku.compensation.domain.Entitlement;

import java.util.stream.Stream;

/** Every entitlement, streamed in id order (the order of the ledger accounts); the caller closes the stream. */
public interface EntitlementSource {

    Stream<Entitlement> inIdOrder();
}

package fi.polku.compensation.application;

import fi.polku.compensation.domain.Entitlement;

import java.util.stream.Stream;

/** Every entitlement, streamed in id order (the order of the ledger accounts); the caller closes the stream. */
public interface EntitlementSource {

    /** An entitlement as stored: its id at once, its state read when needed, on whichever thread needs it. */
    interface Stored {
        String id();

        Entitlement read();
    }

    Stream<Stored> inIdOrder();
}

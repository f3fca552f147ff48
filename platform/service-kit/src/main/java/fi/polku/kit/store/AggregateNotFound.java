package fi.polku.kit.store;

import fi.polku.kit.domain.NotFound;

public class AggregateNotFound extends NotFound {

    public AggregateNotFound(String collection, String id) {
        super(collection, id);
    }
}

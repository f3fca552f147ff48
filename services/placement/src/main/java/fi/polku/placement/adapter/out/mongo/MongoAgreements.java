package fi.polku.placement.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.placement.application.AgreementQueries;
import fi.polku.placement.domain.Agreement;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Placement agreements in the {@code agreements} collection, one document per municipality code. */
public class MongoAgreements extends AggregateStore<Agreement> implements AgreementQueries {

    public MongoAgreements(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "agreements", codec, clock);
    }

    @Override
    public List<Agreement> all() {
        return find(new Criteria());
    }
}

package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.EntitlementQueries;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Entitlements in the {@code entitlements} collection, outbox and consumed event ids inside each document. */
public class MongoEntitlements extends AggregateStore<Entitlement> implements EntitlementQueries {

    static final String MUNICIPALITY = "state.residences.municipality";

    public MongoEntitlements(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "entitlements", codec, clock);
        mongo.indexOps(collection()).createIndex(new Index().on(MUNICIPALITY, Sort.Direction.ASC));
    }

    @Override
    public List<Entitlement> concerning(String municipality, int page, int size) {
        return find(Criteria.where(MUNICIPALITY).is(municipality),
                PageRequest.of(page, size, Sort.by("state.periodStart", "_id")));
    }
}

package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.EntitlementQueries;
import fi.polku.compensation.application.EntitlementSource;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.bson.Document;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/** Entitlements in the {@code entitlements} collection, outbox and consumed event ids inside each document. */
public class MongoEntitlements extends AggregateStore<Entitlement> implements EntitlementQueries, EntitlementSource {

    static final String MUNICIPALITY = "state.residences.municipality";
    private static final int CURSOR_BATCH = 2000;

    private final MongoTemplate mongo;

    public MongoEntitlements(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "entitlements", codec, clock);
        this.mongo = mongo;
        mongo.indexOps(collection()).createIndex(new Index().on(MUNICIPALITY, Sort.Direction.ASC));
    }

    @Override
    public List<Entitlement> concerning(String municipality, int page, int size) {
        return find(Criteria.where(MUNICIPALITY).is(municipality),
                PageRequest.of(page, size, Sort.by("state.periodStart", "_id")));
    }

    /**
     * A cursor over the states only (not the outboxes or consumed event ids), in batches; each state is mapped to
     * the domain only when read, so a payment run can map them on its worker threads.
     */
    @Override
    public Stream<Stored> inIdOrder() {
        Query query = new Query().with(Sort.by("_id")).cursorBatchSize(CURSOR_BATCH);
        query.fields().include("state");
        return mongo.stream(query, Document.class, collection()).map(d -> new Stored() {
            @Override
            public String id() {
                return d.getString("_id");
            }

            @Override
            public Entitlement read() {
                return mongo.getConverter().read(Entitlement.class, d.get("state", Document.class));
            }
        });
    }
}

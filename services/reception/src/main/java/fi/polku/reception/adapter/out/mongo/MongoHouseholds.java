package fi.polku.reception.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.reception.application.HouseholdQueries;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Households in the {@code households} collection, outbox and consumed event ids inside each document. */
public class MongoHouseholds extends AggregateStore<Household> implements HouseholdQueries {

    public MongoHouseholds(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "households", codec, clock);
        mongo.indexOps(collection()).createIndex(new Index().on("state.receptionCentreId", Sort.Direction.ASC)
                .on("state.status", Sort.Direction.ASC));
    }

    @Override
    public List<Household> byCentre(String receptionCentreId, HouseholdStatus status, int page, int size) {
        Criteria criteria = Criteria.where("state.receptionCentreId").is(receptionCentreId);
        if (status != null) {
            criteria = criteria.and("state.status").is(status);
        }
        return find(criteria, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt")));
    }
}

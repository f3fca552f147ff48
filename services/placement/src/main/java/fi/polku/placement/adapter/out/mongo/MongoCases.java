package fi.polku.placement.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.placement.application.CaseQueries;
import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.Offer;
import fi.polku.placement.domain.PlacementCase;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Placement cases in the {@code cases} collection. */
public class MongoCases extends AggregateStore<PlacementCase> implements CaseQueries {

    public MongoCases(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "cases", codec, clock);
        mongo.indexOps(collection()).createIndex(new Index().on("state.offers.offerId", Sort.Direction.ASC));
        mongo.indexOps(collection()).createIndex(new Index().on("state.householdId", Sort.Direction.ASC));
        mongo.indexOps(collection()).createIndex(new Index().on("state.receptionMunicipality", Sort.Direction.ASC)
                .on("state.status", Sort.Direction.ASC));
    }

    @Override
    public Optional<PlacementCase> byOffer(String offerId) {
        return find(Criteria.where("state.offers.offerId").is(offerId)).stream().findFirst();
    }

    @Override
    public Optional<PlacementCase> unsettledOfHousehold(String householdId) {
        return find(Criteria.where("state.householdId").is(householdId).and("state.status").ne(CaseStatus.SETTLED))
                .stream().findFirst();
    }

    @Override
    public List<PlacementCase> inMunicipalities(List<String> municipalities, CaseStatus status, int page, int size) {
        Criteria criteria = Criteria.where("state.receptionMunicipality").in(municipalities);
        if (status != null) {
            criteria = criteria.and("state.status").is(status);
        }
        return find(criteria, PageRequest.of(page, size, Sort.by("state.openedOn", "_id")));
    }

    @Override
    public List<PlacementCase> withOpenOfferTo(String municipality) {
        return find(Criteria.where("state.offers").elemMatch(Criteria.where("municipality").is(municipality)
                .and("status").is(Offer.Status.OPEN)));
    }
}

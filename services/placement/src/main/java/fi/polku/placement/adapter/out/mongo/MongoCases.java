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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Placement cases in the {@code cases} collection. */
public class MongoCases extends AggregateStore<PlacementCase> implements CaseQueries {

    public MongoCases(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "cases", codec, clock);
        mongo.indexOps(collection()).createIndex(new Index().on("state.offers.offerId", Sort.Direction.ASC));
        mongo.indexOps(collection()).createIndex(new Index().on("state.householdId", Sort.Direction.ASC));
        mongo.indexOps(collection()).createIndex(new Index().on("state.region", Sort.Direction.ASC)
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
    public List<PlacementCase> quotaSettledBefore(LocalDate date) {
        return find(Criteria.where("state.route").is(PlacementCase.Route.QUOTA).and("state.status")
                .is(CaseStatus.SETTLED).and("state.residences.0.from").lt(date));
    }

    @Override
    public List<PlacementCase> ofHousehold(String householdId) {
        return find(Criteria.where("state.householdId").is(householdId));
    }

    @Override
    public List<PlacementCase> inRegions(List<String> regions, CaseStatus status, int page, int size) {
        Criteria criteria = Criteria.where("state.region").in(regions);
        if (status != null) {
            criteria = criteria.and("state.status").is(status);
        }
        return find(criteria, PageRequest.of(page, size, Sort.by("state.permitDate", "_id")));
    }

    @Override
    public List<PlacementCase> withOpenOfferTo(String municipality) {
        return find(Criteria.where("state.offers").elemMatch(Criteria.where("municipality").is(municipality)
                .and("status").is(Offer.Status.OPEN)));
    }

    @Override
    public List<PlacementCase> withOfferDeadlineBefore(LocalDate date) {
        return find(Criteria.where("state.offers").elemMatch(Criteria.where("status").is(Offer.Status.OPEN)
                .and("deadline").lt(date)));
    }

    @Override
    public List<PlacementCase> assignedIn(List<String> municipalities, int year) {
        return find(Criteria.where("state.assignedMunicipality").in(municipalities)
                .and("state.assignedOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1)));
    }

    @Override
    public List<PlacementCase> unassignedWithPermitBefore(LocalDate permitBefore, List<String> regions) {
        Criteria criteria = Criteria.where("state.status").in(CaseStatus.OPEN, CaseStatus.OFFERED)
                .and("state.route").ne(PlacementCase.Route.SELF_MOVE)
                .and("state.permitDate").lt(permitBefore);
        if (regions != null) {
            criteria = criteria.and("state.region").in(regions);
        }
        return find(criteria);
    }

    @Override
    public long count(CaseStatus status, PlacementCase.Route route) {
        return count(Criteria.where("state.status").is(status).and("state.route").is(route));
    }

    @Override
    public List<PlacementCase> livingIn(String municipality) {
        // the current residence is the last of the history; filter precisely after the coarse query
        return find(Criteria.where("state.status").is(CaseStatus.SETTLED).and("state.residences.municipality")
                .is(municipality)).stream()
                .filter(c -> c.currentResidence().map(r -> r.municipality().equals(municipality)).orElse(false))
                .toList();
    }
}

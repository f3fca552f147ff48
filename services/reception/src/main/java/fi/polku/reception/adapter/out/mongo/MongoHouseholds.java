package fi.polku.reception.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.reception.application.HouseholdQueries;
import fi.polku.reception.domain.ChecklistItem;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.HouseholdStatus;
import fi.polku.reception.domain.OutOfContactWatch;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.time.LocalDate;
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

    @Override
    public List<Household> withOverdueSteps(String receptionCentreId, LocalDate today) {
        return find(Criteria.where("state.receptionCentreId").is(receptionCentreId)
                .and("state.checklist").elemMatch(Criteria.where("status").is(ChecklistItem.Status.OPEN)
                        .and("due").lt(today)));
    }

    @Override
    public List<Household> outOfContact(String receptionCentreId, OutOfContactWatch watch, LocalDate today) {
        Criteria either = new Criteria().orOperator(criteria(OutOfContactWatch.Reason.PERMIT_WITHOUT_PLAN, watch, today),
                criteria(OutOfContactWatch.Reason.RESIDENCE_UNCONFIRMED, watch, today));
        return find(receptionCentreId == null ? either
                : new Criteria().andOperator(Criteria.where("state.receptionCentreId").is(receptionCentreId), either));
    }

    @Override
    public long countByStatus(HouseholdStatus status) {
        return count(Criteria.where("state.status").is(status));
    }

    @Override
    public List<Household> closedBefore(LocalDate date, int limit) {
        return find(Criteria.where("state.status").is(HouseholdStatus.MOVED_OUT).and("state.moveOutDate").lt(date)
                .and("state.anonymisedOn").is(null), PageRequest.of(0, limit, Sort.by("state.moveOutDate")));
    }

    @Override
    public long countOutOfContact(OutOfContactWatch.Reason reason, OutOfContactWatch watch, LocalDate today) {
        return count(criteria(reason, watch, today));
    }

    private static Criteria criteria(OutOfContactWatch.Reason reason, OutOfContactWatch watch, LocalDate today) {
        return switch (reason) {
            case PERMIT_WITHOUT_PLAN -> Criteria.where("state.status").is(HouseholdStatus.PERMIT_GRANTED)
                    .and("state.firstPermitDate").lt(watch.permitLimit(today));
            case RESIDENCE_UNCONFIRMED -> Criteria.where("state.status").is(HouseholdStatus.MOVED_OUT)
                    .and("state.residenceConfirmedOn").is(null)
                    .and("state.moveOutDate").lt(watch.moveOutLimit(today));
        };
    }
}

package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.ClaimQueries;
import fi.polku.compensation.domain.claim.ClaimStatus;
import fi.polku.compensation.domain.claim.CostClaim;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Claims of actual costs in the {@code claims} collection, with the outbox of their decisions. */
public class MongoClaims extends AggregateStore<CostClaim> implements ClaimQueries {

    public MongoClaims(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "claims", codec, clock);
    }

    @Override
    public List<CostClaim> awaitingPayment() {
        return find(Criteria.where("state.status").is(ClaimStatus.APPROVED.name()).and("state.paymentRunId").isNull());
    }

    @Override
    public List<CostClaim> paidIn(String runId) {
        return find(Criteria.where("state.paymentRunId").is(runId));
    }

    @Override
    public List<CostClaim> of(String municipality, ClaimStatus status, int page, int size) {
        Criteria criteria = new Criteria();
        if (municipality != null) {
            criteria = criteria.and("state.municipality").is(municipality);
        }
        if (status != null) {
            criteria = criteria.and("state.status").is(status.name());
        }
        return find(criteria, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "state.submittedAt")));
    }
}

package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.SupplementaryQueries;
import fi.polku.compensation.domain.supplementary.ApplicationStatus;
import fi.polku.compensation.domain.supplementary.SupplementaryApplication;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Applications to supplementary programmes in the {@code supplementaryApplications} collection. */
public class MongoSupplementaryApplications extends AggregateStore<SupplementaryApplication>
        implements SupplementaryQueries {

    public MongoSupplementaryApplications(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "supplementaryApplications", codec, clock);
    }

    @Override
    public List<SupplementaryApplication> awaitingPayment() {
        return find(Criteria.where("state.status").is(ApplicationStatus.APPROVED.name())
                .and("state.paymentRunId").isNull());
    }

    @Override
    public List<SupplementaryApplication> paidIn(String runId) {
        return find(Criteria.where("state.paymentRunId").is(runId));
    }

    @Override
    public List<SupplementaryApplication> of(String municipality, ApplicationStatus status, int page, int size) {
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

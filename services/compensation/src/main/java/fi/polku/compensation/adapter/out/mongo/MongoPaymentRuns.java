package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.PaymentRunQueries;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.RunStatus;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Payment runs in the {@code paymentRuns} collection, one small document per month (totals and proposal summaries,
 * the outbox of the run's events); the lines and ledger accounts are stored beside it in batches.
 */
public class MongoPaymentRuns extends AggregateStore<PaymentRun> implements PaymentRunQueries {

    static final String MONTH = "state.month";
    static final String STATUS = "state.status";

    public MongoPaymentRuns(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "paymentRuns", codec, clock);
    }

    @Override
    public Optional<PaymentRun> latest() {
        return find(new Criteria(), PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, MONTH))).stream().findFirst();
    }

    @Override
    public Optional<PaymentRun> latestCompletedBefore(YearMonth month) {
        // YYYY-MM strings sort as the months do
        return find(Criteria.where(STATUS).is(RunStatus.COMPLETED.name()).and(MONTH).lt(month.toString()),
                PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, MONTH))).stream().findFirst();
    }

    @Override
    public List<PaymentRun> completedIn(int year) {
        return find(Criteria.where(STATUS).is(RunStatus.COMPLETED.name()).and(MONTH)
                .gte(YearMonth.of(year, 1).toString()).lte(YearMonth.of(year, 12).toString()),
                PageRequest.of(0, 12, Sort.by(MONTH)));
    }

    @Override
    public List<PaymentRun> recentCompleted(int limit) {
        return find(Criteria.where(STATUS).is(RunStatus.COMPLETED.name()),
                PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, MONTH)));
    }

    @Override
    public List<PaymentRun> all() {
        return find(new Criteria(), PageRequest.of(0, 1200, Sort.by(Sort.Direction.DESC, MONTH)));
    }
}

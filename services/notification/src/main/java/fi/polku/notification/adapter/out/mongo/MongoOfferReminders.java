package fi.polku.notification.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.notification.application.ReminderQueries;
import fi.polku.notification.domain.OfferReminder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Offers watched for a reminder, in the {@code offer_reminders} collection, one document per offer. */
public class MongoOfferReminders extends AggregateStore<OfferReminder> implements ReminderQueries {

    public MongoOfferReminders(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "offer_reminders", codec, clock);
        mongo.indexOps(collection()).createIndex(new Index().on("state.status", Sort.Direction.ASC)
                .on("state.remindAt", Sort.Direction.ASC));
    }

    @Override
    public List<OfferReminder> due(Instant now, int max) {
        return find(Criteria.where("state.status").is(OfferReminder.Status.WAITING.name()).and("state.remindAt").lte(now),
                PageRequest.of(0, max, Sort.by("state.remindAt")));
    }
}

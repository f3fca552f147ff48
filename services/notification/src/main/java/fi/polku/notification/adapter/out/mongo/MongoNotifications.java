package fi.polku.notification.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.notification.application.InboxQueries;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Notifications in the {@code notifications} collection, outbox and consumed event ids inside each document. */
public class MongoNotifications extends AggregateStore<Notification> implements InboxQueries {

    public MongoNotifications(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "notifications", codec, clock);
        // the inbox query: one recipient's notifications, newest first
        mongo.indexOps(collection()).createIndex(new Index().on("state.recipient", Sort.Direction.ASC)
                .on("state.createdAt", Sort.Direction.DESC));
    }

    @Override
    public List<Notification> forRecipient(Recipient recipient, boolean unreadOnly, int page, int size) {
        Criteria criteria = Criteria.where("state.recipient").is(recipient.key());
        if (unreadOnly) {
            criteria = criteria.and("state.readAt").is(null);
        }
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "state.createdAt").and(Sort.by("_id"));
        return find(criteria, PageRequest.of(page, size, newestFirst));
    }
}

package fi.polku.notification.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateDocument;
import fi.polku.kit.store.AggregateStore;
import fi.polku.notification.application.DeliveryQueries;
import fi.polku.notification.application.DeliveryQueue;
import fi.polku.notification.application.InboxQueries;
import fi.polku.notification.application.NeedsQueries;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import org.bson.Document;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notifications in the {@code notifications} collection, outbox and consumed event ids inside each document. The
 * webhook and e-mail notifications among them are also the delivery queue: a notification is claimed with a lease
 * by one atomic find-and-modify, so two dispatchers never send it at once.
 */
public class MongoNotifications extends AggregateStore<Notification>
        implements InboxQueries, DeliveryQueue, DeliveryQueries, NeedsQueries {

    private static final List<String> OPEN = List.of(DeliveryStatus.PENDING.name(), DeliveryStatus.RETRYING.name());
    private static final List<String> SENT = List.of(Channel.WEBHOOK.name(), Channel.EMAIL.name());

    private final MongoTemplate mongo;

    public MongoNotifications(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "notifications", codec, clock);
        this.mongo = mongo;
        // the inbox query: one recipient's notifications, newest first
        mongo.indexOps(collection()).createIndex(new Index().on("state.recipient", Sort.Direction.ASC)
                .on("state.createdAt", Sort.Direction.DESC));
        // the delivery queue: open deliveries by due time
        mongo.indexOps(collection()).createIndex(new Index().on("state.status", Sort.Direction.ASC)
                .on("state.nextAttemptAt", Sort.Direction.ASC));
        // a revoked consent: the notifications wording the household's needs
        mongo.indexOps(collection()).createIndex(new Index().on("state.household", Sort.Direction.ASC).sparse());
    }

    @Override
    public List<Notification> wordingNeedsOf(String householdId) {
        return find(Criteria.where("state.household").is(householdId));
    }

    @Override
    public List<Notification> forRecipient(Recipient recipient, boolean unreadOnly, int page, int size) {
        Criteria criteria = Criteria.where("state.recipient").is(recipient.key())
                .and("state.channel").is(Channel.INBOX.name());
        if (unreadOnly) {
            criteria = criteria.and("state.readAt").is(null);
        }
        return find(criteria, PageRequest.of(page, size, newestFirst()));
    }

    @Override
    public List<Notification> deliveries(DeliveryStatus status, Optional<Recipient> recipient, int page, int size) {
        Criteria criteria = Criteria.where("state.status").is(status.name()).and("state.channel").in(SENT);
        if (recipient.isPresent()) {
            criteria = criteria.and("state.recipient").is(recipient.get().key());
        }
        return find(criteria, PageRequest.of(page, size, newestFirst()));
    }

    @Override
    public List<Notification> claimDue(Instant now, Instant leaseUntil, int max) {
        Query candidates = new Query(due(now)).with(Sort.by("state.nextAttemptAt")).limit(max);
        candidates.fields().include("_id");
        List<Notification> claimed = new ArrayList<>();
        for (Document candidate : mongo.find(candidates, Document.class, collection())) {
            // claimed only if still due and unleased: someone else may have taken it since the query
            Query claim = new Query(new Criteria().andOperator(Criteria.where("_id").is(candidate.get("_id")), due(now)));
            // $inc version: a writer holding the old version must reload before it writes
            Update lease = new Update().set("state.leaseUntil", leaseUntil).inc("version", 1);
            AggregateDocument<?> document = mongo.findAndModify(claim, lease,
                    FindAndModifyOptions.options().returnNew(true), AggregateDocument.class, collection());
            if (document != null) {
                claimed.add((Notification) document.getState());
            }
        }
        return claimed;
    }

    private static Criteria due(Instant now) {
        return new Criteria().andOperator(
                Criteria.where("state.status").in(OPEN),
                Criteria.where("state.nextAttemptAt").lte(now),
                new Criteria().orOperator(Criteria.where("state.leaseUntil").is(null),
                        Criteria.where("state.leaseUntil").lte(now)));
    }

    private static Sort newestFirst() {
        return Sort.by(Sort.Direction.DESC, "state.createdAt").and(Sort.by("_id"));
    }
}

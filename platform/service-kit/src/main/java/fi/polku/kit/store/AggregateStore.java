package fi.polku.kit.store;

import fi.polku.events.EventCodec;
import fi.polku.events.EventEnvelope;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.kit.tracing.TraceParents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stores one kind of aggregate, one document each, with the outbox and the consumed-event ids inside it.
 *
 * <ul>
 *   <li>Every write is a single document operation: state, new events and consumed event ids together.</li>
 *   <li>Updates use the version (optimistic locking) and are retried on conflict with a fresh copy.</li>
 *   <li>{@link #createOnce} and {@link #updateOnce} make event handling idempotent: an event whose id the aggregate
 *       already holds changes nothing.</li>
 * </ul>
 *
 * @param <T> the domain aggregate, a plain Java object
 */
public class AggregateStore<T> implements Aggregates<T> {

    private static final Logger log = LoggerFactory.getLogger(AggregateStore.class);
    static final int MAX_ATTEMPTS = 30;

    private final MongoTemplate mongo;
    private final String collection;
    private final EventCodec codec;
    private final Clock clock;
    private final List<WriteListener<T>> listeners = new CopyOnWriteArrayList<>();

    public AggregateStore(MongoTemplate mongo, String collection, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.codec = codec;
        this.clock = clock;
    }

    public String collection() {
        return collection;
    }

    /** Tells {@code listener} of every write from now on (see {@link WriteListener}). */
    public void onWrite(WriteListener<T> listener) {
        listeners.add(listener);
    }

    private void written(T state, List<? extends PolkuEvent> events) {
        for (WriteListener<T> listener : listeners) {
            try {
                listener.written(state, events);
            } catch (RuntimeException e) {
                // the write stands; a listener (metrics) must never turn it into a failure and a retry
                log.warn("Write listener of {} failed: {}", collection, e.toString());
            }
        }
    }

    @Override
    public Optional<T> find(String id) {
        return load(id).map(AggregateDocument::getState);
    }

    /** Aggregates matching a query on their state; fields are addressed as {@code state.<field>}. */
    public List<T> find(Criteria criteria, Pageable page) {
        Query query = new Query(criteria).with(page);
        return documents(query).stream().map(AggregateDocument::getState).toList();
    }

    public List<T> find(Criteria criteria) {
        return documents(new Query(criteria)).stream().map(AggregateDocument::getState).toList();
    }

    public long count(Criteria criteria) {
        return mongo.count(new Query(criteria), collection);
    }

    /** Creates an aggregate with the events it emits; fails with {@link AggregateAlreadyExists} if the id is taken. */
    @Override
    public T create(String id, T state, List<? extends PolkuEvent> events) {
        return insert(id, state, events, null);
    }

    /**
     * Creates the aggregate that {@code eventId} gives rise to, unless it exists already (a redelivery, since the
     * id is derived from the event). Returns whether this call created it.
     */
    @Override
    public boolean createOnce(UUID eventId, String id, Supplier<Change<T>> creation) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(id)), collection)) {
            return false;
        }
        Change<T> change = creation.get();
        try {
            insert(id, change.state(), change.events(), eventId);
            return true;
        } catch (AggregateAlreadyExists raced) {
            return false;
        }
    }

    /** Applies a change to the current state, retrying with a fresh copy when someone else wrote in between. */
    @Override
    public T update(String id, Function<T, List<? extends PolkuEvent>> change) {
        return apply(id, null, change).orElseThrow();
    }

    /**
     * Applies the effect of event {@code eventId} once: a redelivered event finds its id in the aggregate and
     * changes nothing. Returns false when the effect was there already.
     */
    @Override
    public boolean updateOnce(UUID eventId, String id, Function<T, List<? extends PolkuEvent>> change) {
        return apply(id, eventId, change).isPresent();
    }

    private Optional<T> apply(String id, UUID eventId, Function<T, List<? extends PolkuEvent>> change) {
        for (int attempt = 1; ; attempt++) {
            AggregateDocument<T> document = load(id).orElseThrow(() -> new AggregateNotFound(collection, id));
            if (eventId != null && document.getConsumedEventIds().contains(eventId.toString())) {
                log.debug("Event {} already applied to {}/{}", eventId, collection, id);
                return Optional.empty();
            }
            List<? extends PolkuEvent> events = change.apply(document.getState());
            stage(document, events, eventId);
            try {
                mongo.save(document, collection);
                written(document.getState(), events);
                return Optional.of(document.getState());
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw conflict;
                }
                log.debug("Concurrent update of {}/{}, attempt {}", collection, id, attempt);
                // a short random pause spreads out writers that collided, so that one of them wins the next round
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 1 + attempt) * 1_000_000L);
            }
        }
    }

    private T insert(String id, T state, List<? extends PolkuEvent> events, UUID eventId) {
        AggregateDocument<T> document = new AggregateDocument<>(id, state);
        stage(document, events, eventId);
        try {
            mongo.insert(document, collection);
            written(state, events);
            return state;
        } catch (DuplicateKeyException taken) {
            throw new AggregateAlreadyExists(collection, id);
        }
    }

    private void stage(AggregateDocument<T> document, List<? extends PolkuEvent> events, UUID consumedEventId) {
        for (PolkuEvent event : events) {
            EventEnvelope envelope = codec.encode(UUID.randomUUID(), clock.instant(), event);
            document.getOutbox().add(new OutboxEntry(envelope.id().toString(), EventType.of(event).topic().name(),
                    envelope.type(), envelope.source(), envelope.subject(), envelope.time(),
                    new String(envelope.data(), StandardCharsets.UTF_8), TraceParents.current()));
        }
        if (consumedEventId != null) {
            document.getConsumedEventIds().add(consumedEventId.toString());
        }
        document.setUpdatedAt(clock.instant());
    }

    @SuppressWarnings("unchecked")
    private Optional<AggregateDocument<T>> load(String id) {
        return Optional.ofNullable(mongo.findById(id, AggregateDocument.class, collection));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<AggregateDocument<T>> documents(Query query) {
        return (List) mongo.find(query, AggregateDocument.class, collection);
    }
}

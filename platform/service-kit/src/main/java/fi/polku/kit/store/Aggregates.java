package fi.polku.kit.store;

import fi.polku.events.PolkuEvent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The port through which use cases load and change aggregates. Plain Java, so application code stays free of the
 * store's technology; {@link AggregateStore} implements it on MongoDB with the outbox inside each document.
 *
 * @param <T> the domain aggregate
 */
public interface Aggregates<T> {

    Optional<T> find(String id);

    /** Creates an aggregate with the events it emits; fails with {@link AggregateAlreadyExists} if the id is taken. */
    T create(String id, T state, List<? extends PolkuEvent> events);

    /** Creates the aggregate event {@code eventId} gives rise to, unless a redelivery created it already. */
    boolean createOnce(UUID eventId, String id, Supplier<Change<T>> creation);

    /** Changes an aggregate; {@code change} mutates it and returns the events; retried on a concurrent update. */
    T update(String id, Function<T, List<? extends PolkuEvent>> change);

    /** Applies the effect of event {@code eventId} once; false when a redelivery found it applied already. */
    boolean updateOnce(UUID eventId, String id, Function<T, List<? extends PolkuEvent>> change);

    /** A new state and the events its creation emits. */
    record Change<T>(T state, List<? extends PolkuEvent> events) {
    }
}

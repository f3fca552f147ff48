package fi.polku.notification.application;

import fi.polku.events.PolkuEvent;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** The store port in memory, with the same create-once contract, for use-case tests without Mongo. */
class InMemoryAggregates<T> implements Aggregates<T> {

    final Map<String, T> byId = new LinkedHashMap<>();
    final List<PolkuEvent> outbox = new ArrayList<>();
    /** The events each aggregate has handled, as the store keeps them in its document. */
    final Map<String, java.util.Set<UUID>> handled = new java.util.HashMap<>();

    @Override
    public synchronized Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized T create(String id, T state, List<? extends PolkuEvent> events) {
        if (byId.putIfAbsent(id, state) != null) {
            throw new AggregateAlreadyExists("in-memory", id);
        }
        outbox.addAll(events);
        return state;
    }

    @Override
    public synchronized boolean createOnce(UUID eventId, String id, Supplier<Change<T>> creation) {
        if (byId.containsKey(id)) {
            return false;
        }
        Change<T> change = creation.get();
        create(id, change.state(), change.events());
        return true;
    }

    @Override
    public synchronized T update(String id, Function<T, List<? extends PolkuEvent>> change) {
        T state = byId.get(id);
        outbox.addAll(change.apply(state));
        return state;
    }

    @Override
    public synchronized boolean updateOnce(UUID eventId, String id, Function<T, List<? extends PolkuEvent>> change) {
        if (!handled.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(eventId)) {
            return false;
        }
        update(id, change);
        return true;
    }

    synchronized List<T> all() {
        return List.copyOf(byId.values());
    }
}

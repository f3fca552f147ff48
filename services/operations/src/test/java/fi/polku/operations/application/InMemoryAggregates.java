package fi.polku.operations.application;

import fi.polku.events.PolkuEvent;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.AggregateNotFound;
import fi.polku.kit.store.Aggregates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** The store's contract in memory: state and the ids of the events applied to it kept together. */
final class InMemoryAggregates<T> implements Aggregates<T> {

    private final Map<String, T> states = new HashMap<>();
    private final Map<String, Set<UUID>> consumed = new HashMap<>();

    @Override
    public Optional<T> find(String id) {
        return Optional.ofNullable(states.get(id));
    }

    @Override
    public T create(String id, T state, List<? extends PolkuEvent> events) {
        if (states.containsKey(id)) {
            throw new AggregateAlreadyExists("test", id);
        }
        states.put(id, state);
        consumed.put(id, new HashSet<>());
        return state;
    }

    @Override
    public boolean createOnce(UUID eventId, String id, Supplier<Change<T>> creation) {
        if (states.containsKey(id)) {
            return false;
        }
        create(id, creation.get().state(), List.of());
        consumed.get(id).add(eventId);
        return true;
    }

    @Override
    public T update(String id, Function<T, List<? extends PolkuEvent>> change) {
        T state = find(id).orElseThrow(() -> new AggregateNotFound("test", id));
        change.apply(state);
        return state;
    }

    @Override
    public boolean updateOnce(UUID eventId, String id, Function<T, List<? extends PolkuEvent>> change) {
        if (!consumed.getOrDefault(id, Set.of()).isEmpty() && consumed.get(id).contains(eventId)) {
            return false;
        }
        update(id, change);
        consumed.get(id).add(eventId);
        return true;
    }
}

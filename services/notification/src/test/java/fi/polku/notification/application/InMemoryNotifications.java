package fi.polku.notification.application;

import fi.polku.events.PolkuEvent;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;
import fi.polku.notification.domain.Notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** The store port in memory, with the same create-once contract, for use-case tests without Mongo. */
class InMemoryNotifications implements Aggregates<Notification> {

    final Map<String, Notification> byId = new LinkedHashMap<>();
    final List<PolkuEvent> outbox = new ArrayList<>();

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Notification create(String id, Notification state, List<? extends PolkuEvent> events) {
        if (byId.putIfAbsent(id, state) != null) {
            throw new AggregateAlreadyExists("notifications", id);
        }
        outbox.addAll(events);
        return state;
    }

    @Override
    public boolean createOnce(UUID eventId, String id, Supplier<Change<Notification>> creation) {
        if (byId.containsKey(id)) {
            return false;
        }
        Change<Notification> change = creation.get();
        create(id, change.state(), change.events());
        return true;
    }

    @Override
    public Notification update(String id, Function<Notification, List<? extends PolkuEvent>> change) {
        Notification notification = byId.get(id);
        outbox.addAll(change.apply(notification));
        return notification;
    }

    @Override
    public boolean updateOnce(UUID eventId, String id, Function<Notification, List<? extends PolkuEvent>> change) {
        throw new UnsupportedOperationException("notifications are only created from events");
    }
}

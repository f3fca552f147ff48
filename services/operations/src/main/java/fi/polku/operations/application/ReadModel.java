package fi.polku.operations.application;

import fi.polku.kit.store.Aggregates;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies an event to one read-model document exactly once: the document is created by the first event about it,
 * and every write records the event's id in the same document, so a redelivered event finds its id and changes
 * nothing.
 */
final class ReadModel {

    private ReadModel() {
    }

    static <T> void applyOnce(Aggregates<T> store, UUID eventId, String id, Supplier<T> fresh, Consumer<T> change) {
        boolean created = store.createOnce(eventId, id, () -> {
            T state = fresh.get();
            change.accept(state);
            return new Aggregates.Change<>(state, List.of());
        });
        if (!created) {
            // it existed (or another consumer created it just now): apply unless this event's id is already there
            store.updateOnce(eventId, id, state -> {
                change.accept(state);
                return List.of();
            });
        }
    }
}

package fi.polku.kit.store;

import fi.polku.events.PolkuEvent;

import java.util.List;

/**
 * Told of every successful write of an aggregate with the events it emitted, once per write (never for an attempt
 * lost to a concurrent update, never for a redelivery that changed nothing). Metrics of what happened hang here.
 */
@FunctionalInterface
public interface WriteListener<T> {

    void written(T state, List<? extends PolkuEvent> events);
}

package fi.polku.kit.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How every aggregate is stored: its state, a version for optimistic locking, the outbox of events not yet
 * published, and the ids of the events whose effect it holds. One document, so one atomic write holds all of them.
 */
public class AggregateDocument<T> {

    @Id
    private String id;
    @Version
    private Long version;
    private T state;
    private List<OutboxEntry> outbox = new ArrayList<>();
    private List<String> consumedEventIds = new ArrayList<>();
    private Instant updatedAt;

    protected AggregateDocument() {
    }

    AggregateDocument(String id, T state) {
        this.id = id;
        this.state = state;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public T getState() {
        return state;
    }

    public List<OutboxEntry> getOutbox() {
        return outbox;
    }

    public List<String> getConsumedEventIds() {
        return consumedEventIds;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}

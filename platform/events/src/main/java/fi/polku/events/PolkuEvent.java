package fi.polku.events;

/**
 * The data of one Polku event. Implementations are immutable records that carry pseudonymous ids and only the
 * personal data their consumers need; names and identity codes never leave the owning service.
 */
public interface PolkuEvent {

    /** The id of the aggregate the event is about: the CloudEvents subject and the Kafka key. */
    String subject();
}

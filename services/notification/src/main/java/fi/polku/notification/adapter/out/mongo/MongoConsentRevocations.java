package fi.polku.notification.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.notification.domain.ConsentRevocation;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Households whose consent was revoked, in the {@code consent_revocations} collection, one document per household. */
public class MongoConsentRevocations extends AggregateStore<ConsentRevocation> {

    public MongoConsentRevocations(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "consent_revocations", codec, clock);
    }
}

package fi.polku.notification.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.notification.domain.RecipientChannels;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Recipients' channels in the {@code recipient_channels} collection, one document per recipient ({@code kind:id}). */
public class MongoRecipientChannels extends AggregateStore<RecipientChannels> {

    public MongoRecipientChannels(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "recipient_channels", codec, clock);
    }
}

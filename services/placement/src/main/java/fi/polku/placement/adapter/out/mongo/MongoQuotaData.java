package fi.polku.placement.adapter.out.mongo;

import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import fi.polku.placement.domain.QuotaPersonalData;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Quota refugees' personal data, apart from the cases, in {@code quota_personal_data}. */
public class MongoQuotaData extends AggregateStore<QuotaPersonalData> {

    public MongoQuotaData(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "quota_personal_data", codec, clock);
    }
}

package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Municipality terms in the {@code municipalityTerms} collection, one document per municipality code. */
public class MongoMunicipalityTerms extends AggregateStore<MunicipalityTerms> {

    public MongoMunicipalityTerms(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "municipalityTerms", codec, clock);
    }
}

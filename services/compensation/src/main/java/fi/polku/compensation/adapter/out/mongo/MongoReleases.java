package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.ReleaseQueries;
import fi.polku.compensation.domain.payment.WithheldRelease;
import fi.polku.events.EventCodec;
import fi.polku.kit.store.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Clock;
import java.util.List;

/** Releases of withheld months in the {@code releases} collection; never changed once written. */
public class MongoReleases extends AggregateStore<WithheldRelease> implements ReleaseQueries {

    public MongoReleases(MongoTemplate mongo, EventCodec codec, Clock clock) {
        super(mongo, "releases", codec, clock);
    }

    @Override
    public List<WithheldRelease> all() {
        return find(new Criteria());
    }

    @Override
    public List<WithheldRelease> of(String municipality) {
        return find(Criteria.where("state.municipality").is(municipality));
    }
}

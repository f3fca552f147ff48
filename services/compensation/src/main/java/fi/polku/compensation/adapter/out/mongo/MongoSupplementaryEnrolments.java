package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.SupplementaryEnrolments;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * One document per programme and person in {@code supplementaryEnrolments}: its {@code _id} is unique, so two
 * applications can never hold the same person, however they race.
 */
public class MongoSupplementaryEnrolments implements SupplementaryEnrolments {

    static final String COLLECTION = "supplementaryEnrolments";

    private final MongoTemplate mongo;

    public MongoSupplementaryEnrolments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<String> enrol(String programme, List<String> personIds, String applicationId) {
        List<String> enrolled = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String person : personIds) {
            try {
                mongo.insert(new Document("_id", id(programme, person)).append("applicationId", applicationId),
                        COLLECTION);
                enrolled.add(person);
            } catch (DuplicateKeyException e) {
                Document holder = mongo.findById(id(programme, person), Document.class, COLLECTION);
                if (holder != null && applicationId.equals(holder.getString("applicationId"))) {
                    enrolled.add(person);
                } else {
                    taken.add(person);
                }
            }
        }
        if (!taken.isEmpty()) {
            release(programme, enrolled, applicationId);
        }
        return taken;
    }

    @Override
    public void release(String programme, List<String> personIds, String applicationId) {
        for (String person : personIds) {
            mongo.remove(Query.query(Criteria.where("_id").is(id(programme, person))
                    .and("applicationId").is(applicationId)), COLLECTION);
        }
    }

    private static String id(String programme, String personId) {
        return programme + ":" + personId;
    }
}

package fi.polku.kit.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in the service's own database, collection {@code audit_log}. Written by insert only: this class
 * never updates, replaces or removes a document (an ArchUnit rule in {@code AuditLogTest} holds it to that).
 * On a real MongoDB, the database user of the service may in addition be granted only {@code insert} and
 * {@code find} on this collection (docs/data-protection.md).
 */
public class MongoAuditLog implements AuditLog {

    static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;

    public MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("recordId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("personIds", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("actor", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    @Override
    public void append(List<AuditEntry> entries) {
        mongo.insert(entries, COLLECTION);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        List<Criteria> all = new ArrayList<>();
        if (query.recordId() != null) {
            all.add(Criteria.where("recordId").is(query.recordId()));
        }
        if (query.personId() != null) {
            all.add(Criteria.where("personIds").is(query.personId()));
        }
        if (query.actor() != null) {
            all.add(Criteria.where("actor").is(query.actor()));
        }
        if (query.from() != null || query.to() != null) {
            Criteria at = Criteria.where("at");
            if (query.from() != null) {
                at = at.gte(query.from());
            }
            if (query.to() != null) {
                at = at.lt(query.to());
            }
            all.add(at);
        }
        Query find = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
                .with(PageRequest.of(query.page(), query.size(), Sort.by(Sort.Direction.DESC, "at")));
        return mongo.find(find, AuditEntry.class, COLLECTION);
    }
}

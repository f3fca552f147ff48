package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.LedgerAccounts;
import fi.polku.compensation.domain.payment.PersonAccount;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The ledger accounts a run leaves, in the {@code ledgerAccounts} collection: one document per batch of people,
 * {@code _id} = run id and batch number, so a run's accounts are read in order by id alone.
 */
public class MongoLedgerAccounts implements LedgerAccounts {

    static final String COLLECTION = "ledgerAccounts";

    private final MongoTemplate mongo;

    public MongoLedgerAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String runId, int batch) {
        return runId + ":" + String.format("%06d", batch);
    }

    @Override
    public Stream<PersonAccount> of(String runId, int batches) {
        return IntStream.range(0, batches).boxed().flatMap(b -> {
            Document batch = mongo.findById(id(runId, b), Document.class, COLLECTION);
            if (batch == null) {
                throw new IllegalStateException("Ledger accounts batch " + b + " of run " + runId + " is missing");
            }
            return batch.getList("accounts", Document.class).stream()
                    .map(a -> new PersonAccount(a.getString("e"), AccountCodec.decode(a.getString("s"))));
        });
    }

    @Override
    public void write(String runId, int batch, List<PersonAccount> accounts) {
        List<Document> encoded = accounts.stream()
                .map(a -> new Document("e", a.entitlementId()).append("s", AccountCodec.encode(a.account())))
                .toList();
        mongo.insert(new Document("_id", id(runId, batch)).append("runId", runId).append("batch", batch)
                .append("accounts", encoded), COLLECTION);
    }

    @Override
    public void discard(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), COLLECTION);
    }
}

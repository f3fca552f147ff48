package fi.polku.compensation.adapter.out.mongo;

import fi.polku.compensation.application.ProposalLines;
import fi.polku.compensation.domain.AgeBand;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.WithholdingReason;
import fi.polku.compensation.domain.payment.LineType;
import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PayeeKind;
import fi.polku.compensation.domain.payment.PaymentLine;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.YearMonth;
import java.util.List;

/**
 * The lines of the payment proposals in the {@code paymentLines} collection: one document per batch of a proposal's
 * lines, {@code _id} = run, proposal and batch number, the payee once per batch.
 */
public class MongoProposalLines implements ProposalLines {

    static final String COLLECTION = "paymentLines";

    private final MongoTemplate mongo;

    public MongoProposalLines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String runId, String proposalId, int batch) {
        return runId + ":" + proposalId + ":" + String.format("%06d", batch);
    }

    @Override
    public void write(String runId, String proposalId, int batch, List<PaymentLine> lines) {
        Payee payee = lines.get(0).payee();
        mongo.insert(new Document("_id", id(runId, proposalId, batch)).append("runId", runId)
                .append("proposalId", proposalId).append("batch", batch)
                .append("payeeKind", payee.kind().name()).append("payee", payee.id())
                .append("lines", lines.stream().map(MongoProposalLines::line).toList()), COLLECTION);
    }

    @Override
    public List<PaymentLine> batch(String runId, String proposalId, int batch) {
        Document doc = mongo.findById(id(runId, proposalId, batch), Document.class, COLLECTION);
        if (doc == null) {
            throw new IllegalStateException("Batch " + batch + " of proposal " + proposalId + " is missing");
        }
        Payee payee = new Payee(PayeeKind.valueOf(doc.getString("payeeKind")), doc.getString("payee"));
        return doc.getList("lines", Document.class).stream().map(l -> line(payee, l)).toList();
    }

    @Override
    public void discard(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), COLLECTION);
    }

    private static Document line(PaymentLine l) {
        Document d = new Document();
        put(d, "entitlementId", l.entitlementId());
        put(d, "personId", l.personId());
        d.append("month", l.month().toString()).append("type", l.type().name());
        put(d, "ageBand", l.ageBand() == null ? null : l.ageBand().name());
        put(d, "municipality", l.municipality());
        d.append("cents", l.cents()).append("status", l.status().name());
        put(d, "reason", l.reason() == null ? null : l.reason().name());
        put(d, "reference", l.reference());
        return d;
    }

    private static PaymentLine line(Payee payee, Document d) {
        String band = d.getString("ageBand");
        String reason = d.getString("reason");
        return new PaymentLine(payee, d.getString("entitlementId"), d.getString("personId"),
                YearMonth.parse(d.getString("month")), LineType.valueOf(d.getString("type")),
                band == null ? null : AgeBand.valueOf(band), d.getString("municipality"),
                ((Number) d.get("cents")).longValue(), LineStatus.valueOf(d.getString("status")),
                reason == null ? null : WithholdingReason.valueOf(reason), d.getString("reference"));
    }

    private static void put(Document d, String key, String value) {
        if (value != null) {
            d.append(key, value);
        }
    }
}

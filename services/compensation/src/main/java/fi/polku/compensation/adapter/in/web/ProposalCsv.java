package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.application.PaymentProposals.Proposal;
import fi.polku.compensation.domain.payment.PaymentLine;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

/**
 * A payment proposal as CSV (RFC 4180, comma, header row): one row per line, pseudonymous ids only, amounts in cents
 * and in euros with a decimal point.
 */
final class ProposalCsv {

    static final List<String> HEADER = List.of("run_month", "proposal_id", "payee_kind", "payee", "line_type", "month",
            "entitlement_id", "person_id", "municipality", "age_band", "status", "reason", "reference", "cents",
            "euros");

    private ProposalCsv() {
    }

    static void write(Proposal proposal, Iterator<PaymentLine> lines, Writer out) throws IOException {
        row(out, HEADER);
        String month = proposal.run().month().toString();
        while (lines.hasNext()) {
            PaymentLine l = lines.next();
            row(out, List.of(month, proposal.summary().proposalId(), l.payee().kind().name(), l.payee().id(),
                    l.type().name(), l.month().toString(), text(l.entitlementId()), text(l.personId()),
                    text(l.municipality()), l.ageBand() == null ? "" : l.ageBand().name(), l.status().name(),
                    l.reason() == null ? "" : l.reason().code(), text(l.reference()), Long.toString(l.cents()),
                    BigDecimal.valueOf(l.cents(), 2).toPlainString()));
        }
        out.flush();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

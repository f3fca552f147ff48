package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.PaymentLine;

import java.util.List;
import java.util.stream.Stream;

/**
 * The lines of the payment proposals, in batches per proposal beside the run: no document grows with the number of
 * people. A run that is started again discards what its unfinished attempt wrote; a completed run's lines stay.
 */
public interface ProposalLines {

    void write(String runId, String proposalId, int batch, List<PaymentLine> lines);

    List<PaymentLine> batch(String runId, String proposalId, int batch);

    /** Every line of a proposal in the order written, batch by batch; the caller closes the stream. */
    default Stream<PaymentLine> all(String runId, String proposalId, int batches) {
        return java.util.stream.IntStream.range(0, batches).boxed()
                .flatMap(b -> batch(runId, proposalId, b).stream());
    }

    void discard(String runId);
}

package fi.polku.compensation.domain.payment;

/**
 * One payment proposal of a run: its payee, the payable cents by line type, what is withheld, and how many lines
 * (stored in {@code batchCount} batches beside the run).
 */
public record ProposalSummary(String proposalId, Payee payee, LineTotals payable, long withheldCents, int lineCount,
                              int withheldLineCount, int batchCount) {

    public long payableCents() {
        return payable.totalCents();
    }
}

package fi.polku.compensation.domain.payment;

/** Payable cents by line type. */
public record LineTotals(long calculatedCents, long claimCents, long supplementaryCents, long adjustmentCents) {

    public static final LineTotals ZERO = new LineTotals(0, 0, 0, 0);

    public LineTotals plus(LineType type, long cents) {
        return switch (type) {
            case CALCULATED -> new LineTotals(calculatedCents + cents, claimCents, supplementaryCents, adjustmentCents);
            case CLAIM -> new LineTotals(calculatedCents, claimCents + cents, supplementaryCents, adjustmentCents);
            case SUPPLEMENTARY -> new LineTotals(calculatedCents, claimCents, supplementaryCents + cents,
                    adjustmentCents);
            case ADJUSTMENT -> new LineTotals(calculatedCents, claimCents, supplementaryCents,
                    adjustmentCents + cents);
        };
    }

    public LineTotals plus(LineTotals other) {
        return new LineTotals(calculatedCents + other.calculatedCents, claimCents + other.claimCents,
                supplementaryCents + other.supplementaryCents, adjustmentCents + other.adjustmentCents);
    }

    public long totalCents() {
        return calculatedCents + claimCents + supplementaryCents + adjustmentCents;
    }
}

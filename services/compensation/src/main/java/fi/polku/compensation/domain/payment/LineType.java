package fi.polku.compensation.domain.payment;

/** The kinds of payment lines: one line per person and type (and, for adjustments, per month corrected). */
public enum LineType {
    /** The calculated compensation (laskennallinen korvaus) of the run's own month. */
    CALCULATED,
    /** An approved claim of actual costs. */
    CLAIM,
    /** A one-off amount of a supplementary programme. */
    SUPPLEMENTARY,
    /**
     * A correction of an earlier month: what should have been paid minus what was paid (a late residence change,
     * a released withheld month, a month that arrived late), positive or negative.
     */
    ADJUSTMENT
}

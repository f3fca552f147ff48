package fi.polku.kit.metrics;

/**
 * Gauges whose values are counted in the store (households by stage, places used, payment totals). The kit calls
 * {@link #refresh()} on a schedule ({@code polku.metrics.refresh-interval}), so a scrape never queries the database.
 */
public interface StoredGauges {

    void refresh();
}

package fi.polku.bench;

import fi.polku.bench.jmh.Fixtures;
import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.Recommender;
import org.HdrHistogram.Histogram;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One case's recommendations over every municipality under agreement, timed call by call after a warm-up (the JMH
 * benchmark measures the same function in a fork of its own).
 */
final class RecommendationBench {

    static final int WARM_UP = 2_000;
    static final int MEASURED = 5_000;

    private RecommendationBench() {
    }

    static void run(Figures figures) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        MunicipalityRegister register = CsvMunicipalities.load();
        Recommender recommender = Fixtures.recommender(register);
        List<Agreement> agreements = Fixtures.everyMunicipalityUnderAgreement(register, today);
        PlacementCase family = Fixtures.family(3, today);
        int candidates = 0;
        for (int i = 0; i < WARM_UP; i++) {
            candidates = recommender.recommend(family, agreements, today).size();
        }
        Histogram micros = new Histogram(3);
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            recommender.recommend(family, agreements, today);
            micros.recordValue((System.nanoTime() - start) / 1_000);
        }
        String subject = "one case, every municipality under agreement";
        figures.add(ReportWriter.RECOMMENDATION, subject, "agreements", agreements.size(), "")
                .add(ReportWriter.RECOMMENDATION, subject, "candidates", candidates, "")
                .add(ReportWriter.RECOMMENDATION, subject, "p50", micros.getValueAtPercentile(50) / 1000.0, "ms")
                .add(ReportWriter.RECOMMENDATION, subject, "p99", micros.getValueAtPercentile(99) / 1000.0, "ms")
                .add(ReportWriter.RECOMMENDATION, subject, "max", micros.getMaxValue() / 1000.0, "ms");
    }
}

package fi.polku.bench.jmh;

import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.Recommendation;
import fi.polku.placement.domain.Recommender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One case ranked over every municipality under agreement: the hard rules, then the score of each candidate. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecommenderBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Recommender recommender;
    private List<Agreement> agreements;
    private PlacementCase family;

    @Setup
    public void setUp() {
        MunicipalityRegister register = CsvMunicipalities.load();
        recommender = Fixtures.recommender(register);
        agreements = Fixtures.everyMunicipalityUnderAgreement(register, TODAY);
        family = Fixtures.family(3, TODAY);
    }

    @Benchmark
    public List<Recommendation> recommendOverAllMunicipalities() {
        return recommender.recommend(family, agreements, TODAY);
    }
}

package fi.polku.bench.jmh;

import fi.polku.compensation.adapter.out.reference.ClasspathRuleBook;
import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.CompensationPeriod;
import fi.polku.compensation.domain.Person;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.ResidenceHistory;
import fi.polku.compensation.domain.Schedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The calculated compensation of one person over the whole period, month by month: the rules in force, the age band,
 * the municipality after merges, the county and the terms. A payment run does this for every person every month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompensationBenchmark {

    private CompensationCalculator calculator;
    private Person settledOnce;
    private Person movedTwice;
    private CompensationPeriod period;
    private CompensationPeriod quotaPeriod;

    @Setup
    public void setUp() {
        calculator = new CompensationCalculator(ClasspathRuleBook.load());
        LocalDate since = LocalDate.of(2025, 3, 14);
        // a child turning 7 during the period: both age bands
        LocalDate birth = LocalDate.of(2019, 6, 1);
        settledOnce = new Person(birth, ResidenceHistory.of(new Residence("179", since)));
        movedTwice = new Person(birth, ResidenceHistory.of(new Residence("179", since),
                new Residence("564", LocalDate.of(2025, 11, 20)), new Residence("091", LocalDate.of(2026, 8, 3))));
        period = calculator.periodFor(CompensationGroup.OTHER, since);
        quotaPeriod = calculator.periodFor(CompensationGroup.QUOTA, since);
    }

    @Benchmark
    public Schedule twoYearsInOneMunicipality() {
        return calculator.schedule(settledOnce, period, Fixtures::termsInForce);
    }

    @Benchmark
    public Schedule threeYearsWithTwoMoves() {
        return calculator.schedule(movedTwice, quotaPeriod, Fixtures::termsInForce);
    }
}

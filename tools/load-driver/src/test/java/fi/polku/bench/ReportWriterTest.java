package fi.polku.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    static Figures run() {
        return new Figures()
                .add("run", "path", "households", 240, "").add("run", "path", "completed", 238, "")
                .add("run", "path", "concurrency", 8, "").add("run", "path", "seconds", 80.5, "s")
                .add("run", "path", "households/s", 2.956, "1/s")
                .add("latency", "end to end", "p50", 2500, "ms").add("latency", "end to end", "p95", 4100.4, "ms")
                .add("latency", "end to end", "p99", 5000, "ms").add("latency", "end to end", "max", 6000, "ms")
                .add("latency", "moved out, residence recorded", "p50", 600, "ms")
                .add("service", "placement", "CPU ms per household above idle", 310, "ms")
                .add("service", "reception", "CPU ms per household above idle", 120, "ms")
                .add("service", "reception", "RSS after", 400, "MiB")
                .add("broker", "path", "records/s", 40, "1/s")
                .add("broker", "ProducerPerformance", "records/s", 40_000, "1/s")
                .add("broker", "ConsumerPerformance", "records/s", 80_000, "1/s");
    }

    @Test
    void theHeadlineQuotesThroughputLatencyTheRatioToTheBrokerAndTheLargestCost() {
        String md = ReportWriter.markdown(run(), "a test machine", "./polku-bench", List.of("a note"),
                List.of("an assumption"));
        assertThat(md).contains("Machine: a test machine", "`./polku-bench`",
                "**2.96 households/s** completed the whole path (238 of 240 households, 8 at a time, in 80.50 s)",
                "end to end: p50 2 500 ms, p95 4 100 ms, p99 5 000 ms, max 6 000 ms",
                "path 40 events/s against ProducerPerformance 40 000 records/s: ratio 0.0010 (1 : 1000)",
                "against ConsumerPerformance 80 000 records/s: ratio 0.0005 (1 : 2000)",
                "largest cost per household: placement, 310 CPU ms per household (above its idle CPU)", "- a note",
                "- an assumption");
    }

    @Test
    void eachSectionIsATableWithSubjectsAsRowsAndMetricsAsColumns() {
        String table = ReportWriter.table(run().section("service"));
        assertThat(table.lines()).containsExactly(
                "| | CPU ms per household above idle (ms) | RSS after (MiB) |",
                "|---|---:|---:|",
                "| placement | 310 | |",
                "| reception | 120 | 400 |");
    }

    @Test
    void figuresSurviveTheirCsvIncludingCommasInNames(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Figures figures = run();
        figures.write(dir.resolve("figures.csv"));
        assertThat(Files.readString(dir.resolve("figures.csv")))
                .startsWith(Figures.HEADER + "\n")
                .contains("latency,\"moved out, residence recorded\",p50,600,ms", "latency,end to end,p95,4100.400,ms");
        assertThat(Figures.read(dir.resolve("figures.csv")).rows()).isEqualTo(figures.rows().stream()
                .map(f -> new Figures.Figure(f.section(), f.subject(), f.metric(),
                        Double.parseDouble(Figures.format(f.value())), f.unit())).toList());
    }

    @Test
    void jmhResultsBecomeFiguresOfTheirOwnSection() {
        Figures figures = new Figures();
        Report.addJmh(figures, List.of(
                "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\"",
                "\"fi.polku.bench.jmh.RecommenderBenchmark.recommendOverAllMunicipalities\",\"avgt\",1,3,95.5,4.25,\"us/op\""));
        assertThat(figures.section("jmh")).extracting(Figures.Figure::subject, Figures.Figure::metric,
                Figures.Figure::value, Figures.Figure::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RecommenderBenchmark.recommendOverAllMunicipalities", "score", 95.5, "us/op"),
                org.assertj.core.groups.Tuple.tuple("RecommenderBenchmark.recommendOverAllMunicipalities", "error (99.9 %)", 4.25, "us/op"),
                org.assertj.core.groups.Tuple.tuple("RecommenderBenchmark.recommendOverAllMunicipalities", "samples", 3.0, ""));
    }

    @Test
    void kafkasConsumerToolOutputIsReadByItsHeader() {
        var parsed = BrokerBaseline.consumerFigures("""
                start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
                2026-12-07 17:12:43:120, 2026-12-07 17:12:43:622, 0.1090, 0.2171, 171, 340.6375, 440, 62, 1.7576, 2758.0645
                """);
        assertThat(parsed).containsEntry("data.consumed.in.nMsg", 171.0).containsEntry("fetch.nMsg.sec", 2758.0645)
                .containsEntry("nMsg.sec", 340.6375);
    }
}

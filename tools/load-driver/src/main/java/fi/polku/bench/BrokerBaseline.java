package fi.polku.bench;

import fi.polku.localstack.JavaProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker on its own, in the same run: Kafka's {@code ProducerPerformance} and {@code ConsumerPerformance} (each
 * in its own JVM, as {@code kafka-producer-perf-test} would run them) over a fresh topic with the same number and
 * size of records as the path wrote, plus the services' way of producing: one record at a time, waiting for acks=all.
 */
final class BrokerBaseline {

    private static final Pattern PRODUCED = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\), ([0-9.]+) ms avg latency.*?"
                    + "(\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    /** Partitions of the baseline topic: as many as the busiest path topics have. */
    static final int PARTITIONS = 6;

    private final String bootstrap;
    private final Figures figures;

    BrokerBaseline(String bootstrap, Figures figures) {
        this.bootstrap = bootstrap;
        this.figures = figures;
    }

    /**
     * The same number of records as the path wrote, then {@code steadyRecords} (when more) for the rate the broker
     * keeps up once the tools' own start-up no longer counts.
     */
    void run(long records, int recordBytes, long steadyRecords) throws Exception {
        String topic = newTopic();
        produce(topic, records, recordBytes, ReportWriter.RAW_PRODUCER);
        consume(topic, records, recordBytes, ReportWriter.RAW_CONSUMER);
        syncProducer(topic, records, recordBytes);
        if (steadyRecords > records) {
            String steady = newTopic();
            String suffix = " (" + steadyRecords + " records)";
            produce(steady, steadyRecords, recordBytes, ReportWriter.RAW_PRODUCER + suffix);
            consume(steady, steadyRecords, recordBytes, ReportWriter.RAW_CONSUMER + suffix);
        }
    }

    private String newTopic() throws Exception {
        String topic = "polku.bench.raw." + Long.toHexString(System.nanoTime());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }

    private void produce(String topic, long records, int recordBytes, String subject) throws Exception {
        String out = tool("org.apache.kafka.tools.ProducerPerformance", "--bootstrap-server", bootstrap,
                "--topic", topic, "--num-records", Long.toString(records), "--record-size", Integer.toString(recordBytes),
                "--throughput", "-1", "--command-property", "acks=all", "enable.idempotence=true");
        Matcher m = PRODUCED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("ProducerPerformance said nothing readable:\n" + out);
        }
        figures.add(ReportWriter.BROKER, subject, "records", Double.parseDouble(m.group(1)), "")
                .add(ReportWriter.BROKER, subject, "record bytes", recordBytes, "B")
                .add(ReportWriter.BROKER, subject, "records/s", Double.parseDouble(m.group(2)), "1/s")
                .add(ReportWriter.BROKER, subject, "MB/s", Double.parseDouble(m.group(3)), "MB/s")
                .add(ReportWriter.BROKER, subject, "latency p50", Double.parseDouble(m.group(5)), "ms")
                .add(ReportWriter.BROKER, subject, "latency p99", Double.parseDouble(m.group(7)), "ms");
    }

    private void consume(String topic, long records, int recordBytes, String subject) throws Exception {
        Map<String, Double> c = consumerFigures(tool("org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server", bootstrap, "--topic", topic, "--num-records", Long.toString(records),
                "--group", topic + ".perf", "--timeout", "60000"));
        figures.add(ReportWriter.BROKER, subject, "records", c.get("data.consumed.in.nMsg"), "")
                .add(ReportWriter.BROKER, subject, "record bytes", recordBytes, "B")
                // the fetch rate: without the one-off group join, which would dominate a few thousand records
                .add(ReportWriter.BROKER, subject, "records/s", c.get("fetch.nMsg.sec"), "1/s")
                .add(ReportWriter.BROKER, subject, "MB/s", c.get("fetch.MB.sec"), "MB/s")
                .add(ReportWriter.BROKER, subject, "records/s with group join", c.get("nMsg.sec"), "1/s");
    }

    /**
     * The services' producers are synchronous (acks=all, idempotent): one record, its ack, the next. Like them, no
     * linger (the binder sets linger.ms from its batch timeout, 0; Kafka 4's client default would wait 5 ms a send).
     */
    private void syncProducer(String topic, long records, int recordBytes) throws ExecutionException, InterruptedException {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        byte[] value = new byte[recordBytes];
        new Random(1).nextBytes(value);
        String subject = "sync producer, one record at a time";
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get(); // connection and metadata
            long start = System.nanoTime();
            for (long i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, Long.toString(i).getBytes(StandardCharsets.UTF_8), value)).get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.add(ReportWriter.BROKER, subject, "records", records, "")
                    .add(ReportWriter.BROKER, subject, "record bytes", recordBytes, "B")
                    .add(ReportWriter.BROKER, subject, "records/s", records / seconds, "1/s")
                    .add(ReportWriter.BROKER, subject, "MB/s", records * (double) recordBytes / seconds / 1e6, "MB/s");
        }
    }

    static Map<String, Double> consumerFigures(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("start.time")) {
                List<String> names = Arrays.stream(lines.get(i).split(",")).map(String::strip).toList();
                List<String> values = Arrays.stream(lines.get(i + 1).split(",")).map(String::strip).toList();
                Map<String, Double> parsed = new java.util.HashMap<>();
                for (int k = 2; k < Math.min(names.size(), values.size()); k++) {
                    parsed.put(names.get(k), Double.parseDouble(values.get(k)));
                }
                return parsed;
            }
        }
        throw new IllegalStateException("ConsumerPerformance said nothing readable:\n" + output);
    }

    /** Runs one of Kafka's tools in its own JVM on this class path and returns what it printed. */
    private static String tool(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JavaProcess.javaExecutable(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed:\n" + output);
        }
        return output;
    }
}

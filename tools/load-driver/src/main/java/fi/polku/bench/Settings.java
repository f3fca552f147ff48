package fi.polku.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The driver's command line. Defaults fit the local stack and a 10-minute run on 2 cores. */
record Settings(int households, int concurrency, int warmUp, long seed, List<Target> targets, String issuer,
                Optional<Path> tokenKey, Optional<String> kafka, String mongo, int entitlements, Path out,
                int patienceSeconds, int steadyRecords) {

    static final String USAGE = """
            usage: load-driver [--households 240] [--concurrency 8] [--warmup 10] [--seed 42]
                               [--services FILE] [--service NAME=URL]... [--issuer http://localhost:8090 | --token-key JWK]
                               [--kafka 127.0.0.1:9092 | --kafka none] [--mongo mongodb://127.0.0.1:27017]
                               [--entitlements 100000] [--steady-records 100000] [--patience 120]
                               [--out target/benchmark]""";

    static Settings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --option value at " + name + "\n" + USAGE);
            }
            String value = args[++i];
            if (name.equals("--service")) {
                String[] kv = value.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("--service takes NAME=URL, not " + value);
                }
                urls.put(kv[0], kv[1]);
            } else {
                values.put(name.substring(2), value);
            }
        }
        List<Target> targets = new ArrayList<>();
        for (Target t : Target.load(Optional.ofNullable(values.remove("services")).map(Path::of))) {
            targets.add(urls.containsKey(t.name()) ? t.at(urls.remove(t.name())) : t);
        }
        if (!urls.isEmpty()) {
            throw new IllegalArgumentException("No such service in the services file: " + urls.keySet());
        }
        String kafka = values.getOrDefault("kafka", "127.0.0.1:9092");
        Settings settings = new Settings(positive(values, "households", 240), positive(values, "concurrency", 8),
                number(values, "warmup", 10), Long.parseLong(values.getOrDefault("seed", "42")), List.copyOf(targets),
                values.getOrDefault("issuer", "http://localhost:8090").replaceAll("/+$", ""),
                Optional.ofNullable(values.get("token-key")).map(Path::of),
                kafka.equals("none") ? Optional.empty() : Optional.of(kafka),
                values.getOrDefault("mongo", "mongodb://127.0.0.1:27017"), number(values, "entitlements", 100_000),
                Path.of(values.getOrDefault("out", "target/benchmark")), positive(values, "patience", 120),
                number(values, "steady-records", 100_000));
        for (String known : List.of("households", "concurrency", "warmup", "seed", "issuer", "token-key", "kafka",
                "mongo", "entitlements", "out", "patience", "steady-records")) {
            values.remove(known);
        }
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("Unknown options " + values.keySet() + "\n" + USAGE);
        }
        for (String needed : List.of("reception", "placement", "compensation", "notification")) {
            settings.service(needed);
        }
        return settings;
    }

    Target service(String name) {
        return targets.stream().filter(t -> t.name().equals(name) && t.isService()).findFirst().orElseThrow(() ->
                new IllegalArgumentException("The journeys need the service '" + name + "' with a URL"));
    }

    private static int positive(Map<String, String> values, String name, int fallback) {
        int value = number(values, name, fallback);
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return value;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        try {
            int value = Integer.parseInt(values.getOrDefault(name, Integer.toString(fallback)));
            if (value < 0) {
                throw new IllegalArgumentException("--" + name + " must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a number, not " + values.get(name));
        }
    }
}

package fi.polku.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Reads single numbers from a service's {@code /actuator/prometheus} text exposition. */
final class Prometheus {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Prometheus() {
    }

    static Optional<String> scrape(String baseUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The sum of every sample of {@code metric} whose labels contain {@code labelFilter} (empty when none). */
    static Optional<Double> sum(String exposition, String metric, String labelFilter) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            int labels = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = labels > 0 ? line.substring(0, labels) : line.substring(0, line.indexOf(' '));
            String labelText = labels > 0 ? line.substring(labels, line.indexOf('}') + 1) : "";
            if (!name.equals(metric) || !labelText.contains(labelFilter)) {
                continue;
            }
            sum += Double.parseDouble(line.substring(space + 1));
            found = true;
        }
        return found ? Optional.of(sum) : Optional.empty();
    }
}

package fi.polku.notification.adapter.out.delivery;

import fi.polku.notification.application.WebhookTransport;
import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.Notification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs notifications to webhooks over HTTP(S): a JSON body, the HMAC signature over timestamp and body, and the
 * notification id as {@code Idempotency-Key}. Redirects are not followed. 2xx is delivered; 408, 425, 429 and 5xx,
 * time-outs and connection failures are worth retrying; any other answer is the receiver refusing the request.
 */
public class HttpWebhookTransport implements WebhookTransport {

    static final String USER_AGENT = "Polku-Notification/1";

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;

    public HttpWebhookTransport(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    @Override
    public AttemptResult post(Notification notification, String url, String secret) {
        byte[] body = WebhookPayload.of(notification).json();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header("Idempotency-Key", notification.id())
                .header("Polku-Notification-Kind", notification.kind().name())
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return classify(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpConnectTimeoutException e) {
            return AttemptResult.retryable(null, "connect timeout");
        } catch (HttpTimeoutException e) {
            return AttemptResult.retryable(null, "no answer in time");
        } catch (ConnectException e) {
            return AttemptResult.retryable(null, "connection refused");
        } catch (IOException e) {
            return AttemptResult.retryable(null, "I/O error " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.retryable(null, "interrupted");
        }
    }

    static AttemptResult classify(int status) {
        if (status >= 200 && status < 300) {
            return AttemptResult.delivered(status);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return AttemptResult.retryable(status, "HTTP " + status);
        }
        return AttemptResult.permanent(status, "HTTP " + status + ": the receiver refused it");
    }
}

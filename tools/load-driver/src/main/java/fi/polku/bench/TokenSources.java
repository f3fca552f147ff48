package fi.polku.bench;

import fi.polku.localstack.LocalUsers;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Where the simulated people get their bearer tokens; each token is fetched once and reused for the run. */
final class TokenSources {

    private TokenSources() {
    }

    /** The local stack's token issuer: {@code GET /token?user=NAME} for the local user in that role and scope. */
    static Function<TestUser, String> issuer(String issuerUrl) {
        HttpClient http = HttpClient.newHttpClient();
        return cached(user -> {
            String url = issuerUrl + "/token?user=" + URLEncoder.encode(LocalUsers.nameOf(user), StandardCharsets.UTF_8);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("The issuer answered " + response.statusCode() + " for " + url);
                }
                return response.body().strip();
            } catch (IOException e) {
                throw new UncheckedIOException("No token from " + url, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Signs tokens with a JWK the services trust (the local stack keeps its key in {@code DATA/issuer-key.json}). */
    static Function<TestUser, String> key(Path jwk) {
        Tokens tokens = Tokens.persistentIn(jwk);
        return cached(tokens::mint);
    }

    private static Function<TestUser, String> cached(Function<TestUser, String> source) {
        Map<TestUser, String> cache = new ConcurrentHashMap<>();
        return user -> cache.computeIfAbsent(user, source);
    }
}

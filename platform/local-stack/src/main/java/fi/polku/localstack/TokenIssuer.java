package fi.polku.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The local stack's stand-in for an OIDC provider: publishes its JWK set at {@code /jwks} (the services verify
 * tokens with it) and hands out a token for any of the {@link LocalUsers} at {@code /token?user=NAME}.
 * Only ever bound to localhost: it authenticates nobody.
 */
final class TokenIssuer {

    private final Tokens tokens;
    private HttpServer server;

    TokenIssuer(Tokens tokens) {
        this.tokens = tokens;
    }

    void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/jwks", exchange -> respond(exchange, 200, "application/json", tokens.jwkSetJson()));
        server.createContext("/users", exchange -> respond(exchange, 200, "text/plain",
                LocalUsers.USERS.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue().role() + "\t"
                        + e.getValue().scopes()).collect(Collectors.joining("\n", "", "\n"))));
        server.createContext("/token", exchange -> {
            String user = query(exchange, "user");
            TestUser known = user == null ? null : LocalUsers.USERS.get(user);
            if (known == null) {
                respond(exchange, 404, "text/plain", "Unknown user; see /users\n");
            } else {
                respond(exchange, 200, "text/plain", tokens.mint(known) + "\n");
            }
        });
        server.start();
    }

    String token(String user) {
        return tokens.mint(LocalUsers.USERS.get(user));
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

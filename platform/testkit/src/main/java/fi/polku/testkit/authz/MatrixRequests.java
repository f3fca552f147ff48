package fi.polku.testkit.authz;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concrete request for each endpoint: path variables naming the seeded records (of the "own" scope), query
 * parameters, and a valid body. Bodies must be valid: a request that fails validation is refused with 400 before
 * the role check runs, and would hide a missing 403.
 */
public final class MatrixRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, Map<String, String>> roleVariables = new HashMap<>();
    private final Map<Endpoint, String> paths = new HashMap<>();
    private final Map<String, String> rolePaths = new HashMap<>();
    private final Map<Endpoint, String> queries = new HashMap<>();
    private final Map<Endpoint, Supplier<Object>> bodies = new HashMap<>();

    /** The value of a path variable wherever no endpoint-specific path says otherwise. */
    public MatrixRequests variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /**
     * The value of a path variable for the callers of one role, where each role has records of its own (e.g. the
     * inbox: a municipality's notification for officers, a reception centre's for staff).
     */
    public MatrixRequests variable(String role, String name, String value) {
        roleVariables.computeIfAbsent(role, r -> new HashMap<>()).put(name, value);
        return this;
    }

    /** The path for one endpoint, e.g. {@code at("GET /api/v1/claims/{id}", "/api/v1/claims/" + claimId)}. */
    public MatrixRequests at(String endpoint, String path) {
        paths.put(endpoint(endpoint), path);
        return this;
    }

    /** The path for one endpoint when called by one role (whose records differ from the other roles'). */
    public MatrixRequests at(String endpoint, String role, String path) {
        rolePaths.put(endpoint(endpoint) + "|" + role, path);
        return this;
    }

    /** A query string for one endpoint, without the '?'. */
    public MatrixRequests query(String endpoint, String query) {
        queries.put(endpoint(endpoint), query);
        return this;
    }

    /** The body for one endpoint: a map, a record or a JSON string; supplied afresh for every call. */
    public MatrixRequests body(String endpoint, Supplier<Object> body) {
        bodies.put(endpoint(endpoint), body);
        return this;
    }

    public MatrixRequests body(String endpoint, Object body) {
        return body(endpoint, () -> body);
    }

    String path(Endpoint endpoint, String role) {
        String path = rolePaths.containsKey(endpoint + "|" + role) ? rolePaths.get(endpoint + "|" + role)
                : paths.containsKey(endpoint) ? paths.get(endpoint) : fill(endpoint, role);
        String query = queries.get(endpoint);
        return query == null ? path : path + "?" + query;
    }

    Object body(Endpoint endpoint) {
        Supplier<Object> body = bodies.get(endpoint);
        return body == null ? null : body.get();
    }

    private String fill(Endpoint endpoint, String role) {
        Matcher m = VARIABLE.matcher(endpoint.path());
        StringBuilder path = new StringBuilder();
        Map<String, String> ofRole = roleVariables.getOrDefault(role, Map.of());
        while (m.find()) {
            String name = m.group(1);
            String value = ofRole.getOrDefault(name, variables.get(name));
            if (value == null) {
                throw new IllegalStateException("No value for {" + name + "} of " + endpoint);
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return m.appendTail(path).toString();
    }

    private static Endpoint endpoint(String key) {
        String[] parts = key.strip().split("\\s+", 2);
        return new Endpoint(parts[0], parts[1]);
    }
}

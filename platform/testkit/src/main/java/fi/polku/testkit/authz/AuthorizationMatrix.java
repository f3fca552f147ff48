package fi.polku.testkit.authz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A service's authorisation matrix, declared as data: one CSV line per endpoint, one column per role.
 *
 * <pre>
 * method,path,RECEPTION_STAFF,PLACEMENT_COORDINATOR,...
 * GET,/api/v1/households/{id},own,-,...
 * </pre>
 * Cells are {@code -} (403), {@code yes} (allowed) or {@code own} (allowed in the caller's own scope, 403 for a
 * record of another's). Lines starting with {@code #} are comments. The same data drives the test of every cell
 * and the table published in {@code docs/security.md}.
 */
public final class AuthorizationMatrix {

    private final String source;
    private final List<String> roles;
    private final SortedMap<Endpoint, Map<String, Access>> rows;

    private AuthorizationMatrix(String source, List<String> roles, SortedMap<Endpoint, Map<String, Access>> rows) {
        this.source = source;
        this.roles = List.copyOf(roles);
        this.rows = Collections.unmodifiableSortedMap(rows);
    }

    /** Reads a class path resource such as {@code /authorization-matrix.csv}. */
    public static AuthorizationMatrix load(String resource) {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No authorisation matrix at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuthorizationMatrix parse(String csv, String source) {
        List<String> roles = null;
        SortedMap<Endpoint, Map<String, Access>> rows = new TreeMap<>();
        String[] lines = csv.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (n + 1);
            String[] cells = line.split(",", -1);
            if (roles == null) {
                if (cells.length < 3 || !cells[0].strip().equals("method") || !cells[1].strip().equals("path")) {
                    throw new IllegalArgumentException(where + ": the header is method,path,<role>,...");
                }
                roles = new ArrayList<>();
                for (int i = 2; i < cells.length; i++) {
                    roles.add(cells[i].strip());
                }
                continue;
            }
            if (cells.length != roles.size() + 2) {
                throw new IllegalArgumentException(where + ": " + (roles.size() + 2) + " cells expected, "
                        + cells.length + " found");
            }
            Map<String, Access> access = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                access.put(roles.get(i), Access.parse(cells[i + 2], where + " (" + roles.get(i) + ")"));
            }
            Endpoint endpoint = new Endpoint(cells[0], cells[1]);
            if (rows.put(endpoint, access) != null) {
                throw new IllegalArgumentException(where + ": " + endpoint + " is listed twice");
            }
        }
        if (roles == null) {
            throw new IllegalArgumentException(source + ": empty matrix");
        }
        return new AuthorizationMatrix(source, roles, rows);
    }

    public String source() {
        return source;
    }

    public List<String> roles() {
        return roles;
    }

    public java.util.Set<Endpoint> endpoints() {
        return rows.keySet();
    }

    public Access access(Endpoint endpoint, String role) {
        Map<String, Access> row = rows.get(endpoint);
        if (row == null || !row.containsKey(role)) {
            throw new IllegalArgumentException("No cell for " + endpoint + " and " + role + " in " + source);
        }
        return row.get(role);
    }

    /**
     * Every cell to exercise: each role in its own scope and, for scoped roles, in another's. A role that is
     * {@code own} must be scoped (else "another's scope" means nothing).
     */
    public List<Cell> cells(java.util.Set<String> scopedRoles) {
        List<Cell> cells = new ArrayList<>();
        rows.forEach((endpoint, row) -> row.forEach((role, access) -> {
            boolean scoped = scopedRoles.contains(role);
            if (access == Access.OWN_SCOPE && !scoped) {
                throw new IllegalArgumentException(source + ": " + endpoint + " gives '" + role
                        + "' own-scope access, but the role has no scope");
            }
            Outcome own = access == Access.DENIED ? Outcome.FORBIDDEN : Outcome.ALLOWED;
            cells.add(new Cell(endpoint, role, Scope.OWN, own));
            if (scoped) {
                Outcome other = switch (access) {
                    case DENIED -> Outcome.FORBIDDEN;
                    case ALLOWED -> Outcome.ALLOWED;
                    case OWN_SCOPE -> Outcome.FORBIDDEN_OTHER_SCOPE;
                };
                cells.add(new Cell(endpoint, role, Scope.OTHER, other));
            }
        }));
        return cells;
    }

    /** Whose scope the caller has: the scope the seeded records belong to, or another. */
    public enum Scope {
        OWN, OTHER
    }

    /** One call to make and the outcome it must have. */
    public record Cell(Endpoint endpoint, String role, Scope scope, Outcome expected) {

        @Override
        public String toString() {
            return endpoint + " as " + role + (scope == Scope.OTHER ? " of another scope" : "") + " → " + expected;
        }
    }
}

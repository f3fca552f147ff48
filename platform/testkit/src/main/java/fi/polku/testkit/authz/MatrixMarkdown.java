package fi.polku.testkit.authz;

import java.util.List;
import java.util.Map;

/** Renders a matrix as the Markdown table published in {@code docs/security.md}. */
public final class MatrixMarkdown {

    /** Column headings people read; a role without one is shown by its name. */
    private static final Map<String, String> HEADINGS = Map.of(
            "RECEPTION_STAFF", "reception staff",
            "PLACEMENT_COORDINATOR", "placement coordinator",
            "MUNICIPALITY_OFFICER", "municipality officer",
            "COMPENSATION_OFFICER", "compensation officer",
            "MIGRI_OFFICER", "Migri officer",
            "OPERATOR", "operator",
            "AUDITOR", "auditor");

    private MatrixMarkdown() {
    }

    public static String table(AuthorizationMatrix matrix) {
        List<String> roles = matrix.roles();
        StringBuilder md = new StringBuilder("| endpoint |");
        roles.forEach(r -> md.append(' ').append(HEADINGS.getOrDefault(r, r)).append(" |"));
        md.append("\n| --- |");
        roles.forEach(r -> md.append(" :-: |"));
        md.append('\n');
        for (Endpoint endpoint : matrix.endpoints()) {
            md.append("| `").append(endpoint.method()).append(' ').append(endpoint.path()).append("` |");
            roles.forEach(r -> md.append(' ').append(matrix.access(endpoint, r).symbol()).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }
}

package fi.polku.testkit.authz;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationMatrixTest {

    static final String CSV = """
            # a comment
            method,path,STAFF,OFFICER,AUDITOR
            GET,/api/v1/things/{id},own,-,yes
            POST,/api/v1/things,yes,-,-
            """;

    @Test
    void expandsEachCellIntoOwnAndOtherScopeCallsForScopedRoles() {
        var matrix = AuthorizationMatrix.parse(CSV, "test.csv");
        var cells = matrix.cells(Set.of("STAFF", "OFFICER"));
        assertThat(cells).extracting(Object::toString).containsExactlyInAnyOrder(
                "GET /api/v1/things/{id} as STAFF → ALLOWED",
                "GET /api/v1/things/{id} as STAFF of another scope → FORBIDDEN_OTHER_SCOPE",
                "GET /api/v1/things/{id} as OFFICER → FORBIDDEN",
                "GET /api/v1/things/{id} as OFFICER of another scope → FORBIDDEN",
                "GET /api/v1/things/{id} as AUDITOR → ALLOWED",
                "POST /api/v1/things as STAFF → ALLOWED",
                "POST /api/v1/things as STAFF of another scope → ALLOWED",
                "POST /api/v1/things as OFFICER → FORBIDDEN",
                "POST /api/v1/things as OFFICER of another scope → FORBIDDEN",
                "POST /api/v1/things as AUDITOR → FORBIDDEN");
    }

    @Test
    void refusesAnUnknownCellAMissingCellADuplicateAndOwnScopeForAnUnscopedRole() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse("method,path,A\nGET,/x,maybe", "m.csv"))
                .hasMessageContaining("m.csv:2").hasMessageContaining("'maybe'");
        assertThatThrownBy(() -> AuthorizationMatrix.parse("method,path,A,B\nGET,/x,yes", "m.csv"))
                .hasMessageContaining("4 cells expected, 3 found");
        assertThatThrownBy(() -> AuthorizationMatrix.parse("method,path,A\nGET,/x,yes\nget,/x,-", "m.csv"))
                .hasMessageContaining("GET /x is listed twice");
        assertThatThrownBy(() -> AuthorizationMatrix.parse(CSV, "m.csv").cells(Set.of()))
                .hasMessageContaining("'STAFF' own-scope access, but the role has no scope");
    }

    @Test
    void outcomesAcceptOnlyTheirStatuses() {
        assertThat(Outcome.ALLOWED.accepts(200)).isTrue();
        assertThat(Outcome.ALLOWED.accepts(409)).isTrue();
        assertThat(Outcome.ALLOWED.accepts(404)).isFalse();
        assertThat(Outcome.ALLOWED.accepts(403)).isFalse();
        assertThat(Outcome.ALLOWED.accepts(401)).isFalse();
        assertThat(Outcome.ALLOWED.accepts(500)).isFalse();
        assertThat(Outcome.FORBIDDEN_OTHER_SCOPE.accepts(404)).isFalse();
        assertThat(Outcome.UNAUTHORIZED.accepts(403)).isFalse();
    }

    @Test
    void rendersTheMarkdownTable() {
        assertThat(MatrixMarkdown.table(AuthorizationMatrix.parse(CSV, "m.csv"))).isEqualTo("""
                | endpoint | STAFF | OFFICER | auditor |
                | --- | :-: | :-: | :-: |
                | `POST /api/v1/things` | ✓ | — | — |
                | `GET /api/v1/things/{id}` | ✓ own | — | ✓ |
                """);
    }

    @Test
    void replacesOnlyTheServicesBlock() {
        String doc = "intro\n" + PublishedMatrix.begin("a") + "\nold\n" + PublishedMatrix.end("a") + "\nrest\n";
        assertThat(PublishedMatrix.replaceBlock(doc, "a", "new\n"))
                .isEqualTo("intro\n" + PublishedMatrix.begin("a") + "\nnew\n" + PublishedMatrix.end("a") + "\nrest\n");
        assertThatThrownBy(() -> PublishedMatrix.replaceBlock(doc, "b", "x")).hasMessageContaining("no block");
    }
}

package fi.polku.testkit.authz;

import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One dynamic test per cell of the matrix against the running service over real HTTP, with real JWTs: each role in
 * its own scope and in another's, and every endpoint without a token and with a malformed, expired and wrongly
 * signed one. The refusals run first, the allowed calls (which may change the seeded records) last.
 */
public final class MatrixTests {

    private MatrixTests() {
    }

    public static Stream<DynamicTest> of(AuthorizationMatrix matrix, MatrixUsers users, MatrixRequests requests,
                                         String baseUrl, Tokens tokens) {
        List<DynamicTest> refusals = new ArrayList<>();
        List<DynamicTest> allowed = new ArrayList<>();
        for (Endpoint endpoint : matrix.endpoints()) {
            TestUser someone = users.user(anyAllowedRole(matrix, endpoint), AuthorizationMatrix.Scope.OWN);
            for (BadToken bad : BadToken.values()) {
                refusals.add(DynamicTest.dynamicTest(endpoint + " with " + bad + " token → 401", () -> call(
                        new ApiClient(baseUrl, bad.token(tokens, someone)), endpoint, someone.role(), requests,
                        Outcome.UNAUTHORIZED, bad + " token")));
            }
        }
        for (AuthorizationMatrix.Cell cell : matrix.cells(users.scopedRoles())) {
            TestUser user = users.user(cell.role(), cell.scope());
            DynamicTest test = DynamicTest.dynamicTest(cell.toString(), () -> call(
                    new ApiClient(baseUrl, tokens.mint(user)), cell.endpoint(), cell.role(), requests,
                    cell.expected(), user.subject()));
            (cell.expected() == Outcome.ALLOWED ? allowed : refusals).add(test);
        }
        return Stream.concat(refusals.stream(), allowed.stream());
    }

    private static String anyAllowedRole(AuthorizationMatrix matrix, Endpoint endpoint) {
        return matrix.roles().stream().filter(r -> matrix.access(endpoint, r) != Access.DENIED).findFirst()
                .orElse(matrix.roles().get(0));
    }

    private static void call(ApiClient client, Endpoint endpoint, String role, MatrixRequests requests,
                             Outcome expected, String caller) {
        String path = requests.path(endpoint, role);
        ApiClient.Response response = client.call(endpoint.method(), path, requests.body(endpoint));
        if (!expected.accepts(response.status())) {
            throw new AssertionError(endpoint.method() + " " + path + " as " + caller + ": expected " + expected
                    + " but got HTTP " + response.status() + ": " + response.body());
        }
    }
}

package fi.polku.testkit.authz;

import fi.polku.testkit.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.stream.Stream;

/**
 * The authorisation matrix test of a service: implement it in a test class that runs the service (real HTTP on a
 * random port), seeds the records the calls need and says how to call each endpoint. The matrix is the class path
 * resource {@code /authorization-matrix.csv} of the service's tests.
 */
public interface AuthorizationMatrixContract {

    /** The service's name, as in its block of {@code docs/security.md}. */
    String service();

    /** Every role the services know ({@code Role.values()}): the matrix must have exactly these columns. */
    List<String> roles();

    RequestMappingHandlerMapping handlerMapping();

    String baseUrl();

    /** Seeds the records of the "own" scopes and returns how to call every endpoint. */
    MatrixRequests seedAndDescribeRequests();

    default MatrixUsers users() {
        return MatrixUsers.defaults();
    }

    default AuthorizationMatrix matrix() {
        return AuthorizationMatrix.load("/authorization-matrix.csv");
    }

    @Test
    default void theMatrixHasAnEntryForEveryServedEndpointAndNoOther() {
        EndpointInventory.assertComplete(EndpointInventory.of(handlerMapping(), "/api/"), matrix());
    }

    @Test
    default void theMatrixHasAColumnForEveryRole() {
        if (!matrix().roles().equals(roles())) {
            throw new AssertionError("The matrix's columns " + matrix().roles() + " must be the roles " + roles());
        }
    }

    @Test
    default void docsSecurityMdPublishesTheMatrix() {
        PublishedMatrix.verify(PublishedMatrix.repositoryRoot(), service(), MatrixMarkdown.table(matrix()));
    }

    @TestFactory
    default Stream<DynamicTest> everyCellOfTheMatrix() {
        return MatrixTests.of(matrix(), users(), seedAndDescribeRequests(), baseUrl(), Tokens.shared());
    }
}

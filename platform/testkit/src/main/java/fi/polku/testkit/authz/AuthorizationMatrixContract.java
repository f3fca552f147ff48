package fi.polku.testkit.authz;

import fi.polku.testkit.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.stream.Stream;

/**
 * The authorisation matrix test of a service: implement it in a {@code @SpringBootTest} class that runs the service
 * on a random port, seeds the records the calls need and says how to call each endpoint. The matrix is the class
 * path resource {@code /authorization-matrix.csv} of the service's tests. The test methods take the application
 * context from Spring's test extension: its handler mapping lists the served endpoints, its port takes the calls.
 */
public interface AuthorizationMatrixContract {

    /** The service's name, as in its block of {@code docs/security.md}. */
    String service();

    /** Every role the services know ({@code Role.values()}): the matrix must have exactly these columns. */
    List<String> roles();

    /** Seeds the records of the "own" scopes and returns how to call every endpoint. */
    MatrixRequests seedAndDescribeRequests();

    default MatrixUsers users() {
        return MatrixUsers.defaults();
    }

    default AuthorizationMatrix matrix() {
        return AuthorizationMatrix.load("/authorization-matrix.csv");
    }

    @Test
    default void theMatrixHasAnEntryForEveryServedEndpointAndNoOther(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        EndpointInventory.assertComplete(EndpointInventory.of(mapping, "/api/"), matrix());
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
    default Stream<DynamicTest> everyCellOfTheMatrix(ApplicationContext context) {
        String baseUrl = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        return MatrixTests.of(matrix(), users(), seedAndDescribeRequests(), baseUrl, Tokens.shared());
    }
}

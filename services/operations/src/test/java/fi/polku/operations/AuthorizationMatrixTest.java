package fi.polku.operations;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Topic;
import fi.polku.events.placement.CaseOpened;
import fi.polku.kit.security.Role;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.authz.AuthorizationMatrixContract;
import fi.polku.testkit.authz.MatrixRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Every endpoint of the operator console's API against every role; the household is one a case opened for. */
@SpringBootTest(classes = OperationsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=operations")
class AuthorizationMatrixTest implements AuthorizationMatrixContract {

    static final String RUN = PolkuTestProperties.newRunId();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("operations", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    @Override
    public String service() {
        return "operations";
    }

    @Override
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @Override
    public MatrixRequests seedAndDescribeRequests() {
        String caseId = "case-" + UUID.randomUUID();
        KafkaProbe.shared().publish(PolkuTestProperties.topicPrefix(RUN) + Topic.PLACEMENT_CASES.topicName(),
                new CaseOpened(caseId, "hh-" + caseId, "ASSISTED", IntegrationGroup.INTERNATIONAL_PROTECTION,
                        "rc-oulu", LocalDate.of(2026, 10, 1), 1));
        ApiClient operator = ApiClient.as("http://localhost:" + port, TestUser.operator());
        await().atMost(Duration.ofSeconds(30)).until(() -> operator.get("/api/v1/console/households/" + caseId)
                .status() == 200);
        return new MatrixRequests().variable("id", caseId);
    }
}

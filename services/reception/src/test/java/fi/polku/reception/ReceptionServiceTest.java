package fi.polku.reception;

import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

/** The reception service on the shared broker and Mongo-protocol server, with topics and a database of its own. */
@SpringBootTest(classes = ReceptionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=reception")
abstract class ReceptionServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String RESIDENTS = PREFIX + "polku.reception.residents.v1";
    static final String CASES = PREFIX + "polku.placement.cases.v1";
    static final KafkaProbe probe = KafkaProbe.shared();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("reception", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    ApiClient staff(String centre) {
        return ApiClient.as("http://localhost:" + port, TestUser.receptionStaff(centre));
    }

    static Map<String, Object> member(String firstNames, String birthDate, String code, String relationship) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("firstNames", firstNames);
        m.put("lastName", "Testinen");
        m.put("birthDate", birthDate);
        m.put("personalIdentityCode", code);
        m.put("relationship", relationship);
        m.put("unaccompaniedMinor", false);
        m.put("languages", List.of("ar"));
        return m;
    }
}

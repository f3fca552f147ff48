package fi.polku.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void theDefaultsDriveTheLocalStack() {
        Settings s = Settings.parse();
        assertThat(s.households()).isEqualTo(240);
        assertThat(s.targets()).extracting(Target::name).startsWith("reception", "placement", "compensation",
                "notification").contains("kafka broker");
        assertThat(s.service("placement").url()).isEqualTo("http://localhost:8082");
        assertThat(s.kafka()).contains("127.0.0.1:9092");
    }

    @Test
    void anotherDeploymentIsOptionsAndAServicesFileOfOneLineEach(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("services.csv"), """
                # a deployment with a fifth service
                reception,https://reception.example/,fi.polku.reception.ReceptionApplication
                placement,https://placement.example,fi.polku.placement.PlacementApplication
                compensation,https://compensation.example,fi.polku.compensation.CompensationApplication
                notification,https://notification.example,fi.polku.notification.NotificationApplication
                operations,https://operations.example,fi.polku.operations.OperationsApplication
                """);
        Settings s = Settings.parse("--services", file.toString(), "--service", "placement=https://other.example",
                "--households", "50", "--kafka", "none", "--token-key", "key.json");
        assertThat(s.targets()).extracting(Target::name).containsExactly("reception", "placement", "compensation",
                "notification", "operations");
        assertThat(s.service("reception").url()).isEqualTo("https://reception.example");
        assertThat(s.service("placement").url()).isEqualTo("https://other.example");
        assertThat(s.kafka()).isEmpty();
        assertThat(s.tokenKey()).contains(Path.of("key.json"));
        assertThat(s.households()).isEqualTo(50);
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Settings.parse("--households", "0")).hasMessageContaining("--households must be at least 1");
        assertThatThrownBy(() -> Settings.parse("--households", "many")).hasMessageContaining("takes a number");
        assertThatThrownBy(() -> Settings.parse("--speed", "9")).hasMessageContaining("Unknown options [speed]");
        assertThatThrownBy(() -> Settings.parse("--service", "billing=http://x")).hasMessageContaining("billing");
        assertThatThrownBy(() -> Target.parse(java.util.List.of("reception,http://x")))
                .hasMessageContaining("name,url,mainClass");
        assertThat(Target.parse(java.util.List.of("kafka broker,,kafka.Kafka")).get(0).baseUrl())
                .isEqualTo(Optional.empty());
    }
}

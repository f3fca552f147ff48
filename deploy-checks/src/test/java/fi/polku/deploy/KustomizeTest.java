package fi.polku.deploy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, and every object it renders is parsed strictly (see {@link StrictKubernetes}). */
class KustomizeTest {

    @Test
    void everyOverlayRendersAndEveryObjectParsesStrictly() {
        for (String overlay : Rendered.OVERLAYS) {
            List<Map<String, Object>> objects = Rendered.objects(overlay);
            assertThat(objects).as(overlay).isNotEmpty();
            List<String> failures = new ArrayList<>();
            Map<String, Integer> kinds = new TreeMap<>();
            for (Map<String, Object> object : objects) {
                String id = object.get("kind") + "/" + Yaml.string(object, "metadata.name");
                try {
                    kinds.merge(StrictKubernetes.check(object), 1, Integer::sum);
                } catch (Exception | AssertionError e) {
                    failures.add(id + ": " + e.getMessage());
                }
            }
            assertThat(failures).as(overlay).isEmpty();
            assertThat(kinds).as(overlay).containsKeys("apps/v1 Deployment", "apps/v1 StatefulSet", "v1 Service",
                    "v1 ConfigMap", "v1 ServiceAccount", "autoscaling/v2 HorizontalPodAutoscaler",
                    "policy/v1 PodDisruptionBudget", "networking.k8s.io/v1 NetworkPolicy",
                    "kafka.strimzi.io/v1beta2 Kafka", "kafka.strimzi.io/v1beta2 KafkaNodePool",
                    "kafka.strimzi.io/v1beta2 KafkaTopic", "kafka.strimzi.io/v1beta2 KafkaUser");
        }
    }

    @Test
    void everyObjectLandsInTheOverlaysNamespace() {
        Map<String, String> namespaces = Map.of("dev", "polku-dev", "production", "polku");
        for (String overlay : Rendered.OVERLAYS) {
            Rendered.objects(overlay).forEach(o -> assertThat(Yaml.string(o, "metadata.namespace"))
                    .as(overlay + " " + o.get("kind") + "/" + Yaml.string(o, "metadata.name"))
                    .isEqualTo(namespaces.get(overlay)));
        }
    }
}

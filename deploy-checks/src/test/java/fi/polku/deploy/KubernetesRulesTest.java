package fi.polku.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What docs/deployment.md promises about the rendered overlays, object by object. */
class KubernetesRulesTest {

    private static final String NAME = "app.kubernetes.io/name";

    private static Map<String, Object> labels(Object selectorOrMeta, String path) {
        return Yaml.map(Yaml.at(selectorOrMeta, path));
    }

    private static boolean selects(Map<String, Object> matchLabels, Map<String, Object> podLabels) {
        return !matchLabels.isEmpty() && podLabels.entrySet().containsAll(matchLabels.entrySet());
    }

    @Test
    void everyServiceHasProbesResourcesAHardenedPodAndItsAutoscalerBudgetServiceAndPolicy() {
        for (String overlay : Rendered.OVERLAYS) {
            for (String service : Registry.SERVICES.keySet()) {
                Map<String, Object> deployment = Rendered.named(overlay, "Deployment", service);
                Map<String, Object> podLabels = labels(deployment, "spec.template.metadata.labels");
                assertThat(selects(labels(deployment, "spec.selector.matchLabels"), podLabels)).isTrue();
                assertThat(Yaml.at(deployment, "spec.replicas")).as("the HPA owns the replica count").isNull();
                for (Object raw : Yaml.list(Yaml.at(deployment, "spec.template.spec.containers"))) {
                    Map<String, Object> container = Yaml.map(raw);
                    String id = overlay + " " + service + "/" + container.get("name");
                    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                        assertThat(container.get(probe)).as(id + " " + probe).isNotNull();
                    }
                    assertThat(Yaml.string(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
                    assertThat(Yaml.string(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
                    for (String bound : List.of("requests", "limits")) {
                        assertThat(Yaml.map(Yaml.at(container, "resources." + bound))).as(id + " " + bound)
                                .containsKeys("cpu", "memory");
                    }
                    assertThat(Yaml.at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
                    assertThat(Yaml.at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
                    assertThat(Yaml.string(container, "image")).as(id).doesNotEndWith(":latest").contains(":");
                    int port = Registry.SERVICES.get(service);
                    assertThat(Yaml.list(container.get("ports"))).as(id)
                            .anySatisfy(p -> assertThat(Yaml.at(p, "containerPort")).isEqualTo(port));
                }
                assertThat(Yaml.at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).isEqualTo(true);
                assertThat(Yaml.string(deployment, "spec.strategy.rollingUpdate.maxUnavailable")).isEqualTo("0");
                Map<String, Object> annotations = labels(deployment, "spec.template.metadata.annotations");
                assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                        .containsEntry("prometheus.io/port", String.valueOf(Registry.SERVICES.get(service)))
                        .containsEntry("prometheus.io/path", "/actuator/prometheus");

                Map<String, Object> hpa = Rendered.named(overlay, "HorizontalPodAutoscaler", service);
                assertThat(Yaml.string(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
                assertThat(Yaml.string(hpa, "spec.scaleTargetRef.name")).isEqualTo(service);
                int max = ((Number) Yaml.at(hpa, "spec.maxReplicas")).intValue();
                int min = ((Number) Yaml.at(hpa, "spec.minReplicas")).intValue();
                assertThat(max).as(overlay + " " + service + ": more replicas than partitions would idle")
                        .isBetween(min, Math.max(1, Registry.maxConsumedPartitions(service)));
                if (overlay.equals("production")) {
                    assertThat(min).as(service + " survives losing a pod").isGreaterThanOrEqualTo(2);
                }
                Map<String, Object> pdb = Rendered.named(overlay, "PodDisruptionBudget", service);
                assertThat(selects(labels(pdb, "spec.selector.matchLabels"), podLabels)).as(service + " PDB").isTrue();
                assertThat(Yaml.string(pdb, "spec.maxUnavailable")).isEqualTo("1");
                Map<String, Object> svc = Rendered.named(overlay, "Service", service);
                assertThat(selects(labels(svc, "spec.selector"), podLabels)).as(service + " Service").isTrue();
                assertThat(Rendered.named(overlay, "ServiceAccount", service)).isNotNull();
            }
        }
    }

    /** The destinations a pod may reach, named: dns, kafka, mongo-x, oidc (anything else by its selector). */
    private static Set<String> egressOf(Map<String, Object> policy) {
        Set<String> peers = new TreeSet<>();
        for (Object rule : Yaml.list(Yaml.at(policy, "spec.egress"))) {
            List<Object> to = Yaml.list(Yaml.at(rule, "to"));
            assertThat(to).as("an egress rule without 'to' allows every destination").isNotEmpty();
            assertThat(Yaml.list(Yaml.at(rule, "ports"))).as("egress rules name their ports").isNotEmpty();
            for (Object peer : to) {
                Map<String, Object> pods = labels(peer, "podSelector.matchLabels");
                Map<String, Object> namespaces = labels(peer, "namespaceSelector.matchLabels");
                assertThat(Yaml.at(peer, "ipBlock")).as("no ipBlock peers").isNull();
                if ("kube-dns".equals(pods.get("k8s-app")) && "kube-system".equals(namespaces.get("kubernetes.io/metadata.name"))) {
                    peers.add("dns");
                } else if ("polku".equals(pods.get("strimzi.io/cluster")) && "true".equals(pods.get("strimzi.io/broker-role"))
                        && namespaces.isEmpty()) {
                    peers.add("kafka");
                } else if ("keycloak".equals(pods.get(NAME)) && "identity".equals(namespaces.get("kubernetes.io/metadata.name"))) {
                    peers.add("oidc");
                } else if (pods.containsKey(NAME) && namespaces.isEmpty() && pods.size() == 1) {
                    peers.add(String.valueOf(pods.get(NAME)));
                } else {
                    peers.add("other:" + peer);
                }
            }
        }
        return peers;
    }

    @Test
    void aServiceReachesOnlyKafkaItsOwnMongoDbTheOidcProviderAndDns() {
        for (String overlay : Rendered.OVERLAYS) {
            List<Map<String, Object>> policies = Rendered.ofKind(overlay, "NetworkPolicy").toList();
            for (String service : Registry.SERVICES.keySet()) {
                Map<String, Object> podLabels = labels(Rendered.named(overlay, "Deployment", service),
                        "spec.template.metadata.labels");
                List<Map<String, Object>> applying = policies.stream()
                        .filter(p -> podLabels.entrySet().containsAll(labels(p, "spec.podSelector.matchLabels").entrySet()))
                        .toList();
                Set<String> egress = new TreeSet<>();
                applying.forEach(p -> egress.addAll(egressOf(p)));
                assertThat(egress).as(overlay + " " + service + " egress")
                        .isEqualTo(Set.of("dns", "kafka", "mongo-" + service, "oidc"));
                assertThat(applying).as(overlay + " " + service + ": a default deny applies for both directions")
                        .anySatisfy(p -> {
                            assertThat(Yaml.list(Yaml.at(p, "spec.policyTypes"))).contains("Ingress", "Egress");
                            assertThat(Yaml.at(p, "spec.ingress")).isNull();
                            assertThat(Yaml.at(p, "spec.egress")).isNull();
                        });

                // its MongoDB: reached only from the service and the other members of its replica set
                Map<String, Object> mongoLabels = labels(Rendered.named(overlay, "StatefulSet", "mongo-" + service),
                        "spec.template.metadata.labels");
                Set<String> clients = new TreeSet<>();
                policies.stream()
                        .filter(p -> mongoLabels.entrySet().containsAll(labels(p, "spec.podSelector.matchLabels").entrySet()))
                        .forEach(p -> {
                            for (Object rule : Yaml.list(Yaml.at(p, "spec.ingress"))) {
                                List<Object> from = Yaml.list(Yaml.at(rule, "from"));
                                assertThat(from).as("an ingress rule without 'from' admits everyone").isNotEmpty();
                                from.forEach(peer -> {
                                    assertThat(Yaml.at(peer, "namespaceSelector")).isNull();
                                    clients.add(String.valueOf(labels(peer, "podSelector.matchLabels").get(NAME)));
                                });
                            }
                        });
                assertThat(clients).as(overlay + " mongo-" + service + " clients")
                        .isEqualTo(Set.of(service, "mongo-" + service));
            }
        }
    }

    @Test
    void everyMongoDbIsAReplicaSetWhoseMembersMatchItsReplicas() {
        for (String overlay : Rendered.OVERLAYS) {
            for (String service : Registry.SERVICES.keySet()) {
                String name = "mongo-" + service;
                Map<String, Object> set = Rendered.named(overlay, "StatefulSet", name);
                Map<String, Object> headless = Rendered.named(overlay, "Service", name);
                assertThat(Yaml.string(headless, "spec.clusterIP")).isEqualTo("None");
                assertThat(Yaml.string(set, "spec.serviceName")).isEqualTo(name);
                assertThat(Yaml.list(Yaml.at(headless, "spec.ports")))
                        .anySatisfy(p -> assertThat(Yaml.string(p, "name")).isEqualTo("mongodb"));
                int replicas = ((Number) Yaml.at(set, "spec.replicas")).intValue();
                assertThat(replicas).as(overlay + " " + name).isEqualTo(overlay.equals("production") ? 3 : 1);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < replicas; i++) {
                    expected.add(name + "-" + i + "." + name + ":27017");
                }
                Map<String, String> env = new java.util.HashMap<>();
                for (Object c : Yaml.list(Yaml.at(set, "spec.template.spec.containers"))) {
                    for (Object e : Yaml.list(Yaml.at(c, "env"))) {
                        if (Yaml.at(e, "value") != null) {
                            env.put(Yaml.string(e, "name"), Yaml.string(e, "value"));
                        }
                    }
                    assertThat(Yaml.map(Yaml.at(c, "resources.limits"))).as(name + " limits").containsKeys("cpu", "memory");
                    assertThat(Yaml.map(Yaml.at(c, "resources.requests"))).as(name + " requests").containsKeys("cpu", "memory");
                }
                assertThat(env.get("MONGO_REPLICA_MEMBERS")).as(overlay + " " + name + " members")
                        .isEqualTo(String.join(",", expected));
                assertThat(env.get("MONGO_APP_DATABASE")).isEqualTo(service);
                assertThat(Rendered.named(overlay, "PodDisruptionBudget", name)).isNotNull();
            }
        }
    }

    @Test
    void productionKafkaHasThreeNodesAndEveryTopicThreeReplicas() {
        Map<String, Object> pool = Rendered.ofKind("production", "KafkaNodePool").findFirst().orElseThrow();
        assertThat(Yaml.at(pool, "spec.replicas")).isEqualTo(3);
        assertThat(Yaml.list(Yaml.at(pool, "spec.roles"))).containsExactlyInAnyOrder("controller", "broker");
        Map<String, Object> kafka = Rendered.named("production", "Kafka", "polku");
        Map<String, Object> config = Yaml.map(Yaml.at(kafka, "spec.kafka.config"));
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3).containsEntry("auto.create.topics.enable", false);
        Rendered.ofKind("production", "KafkaTopic").forEach(t -> {
            assertThat(Yaml.at(t, "spec.replicas")).as(Yaml.string(t, "metadata.name")).isEqualTo(3);
            assertThat(Yaml.map(Yaml.at(t, "spec.config"))).containsEntry("min.insync.replicas", 2);
        });
        assertThat(Yaml.map(Yaml.at(Rendered.named("dev", "Kafka", "polku"), "spec.kafka.config")))
                .containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void noSecretIsRenderedAndEverySecretReferencedIsDocumented() throws Exception {
        String docs = Files.readString(Tools.root().resolve("docs/deployment.md"));
        for (String overlay : Rendered.OVERLAYS) {
            String text = Rendered.text(overlay);
            Set<String> referenced = new TreeSet<>();
            Set<String> configMaps = Rendered.ofKind(overlay, "ConfigMap").map(c -> Yaml.string(c, "metadata.name"))
                    .collect(Collectors.toSet());
            for (Map<String, Object> object : Rendered.objects(overlay)) {
                assertThat(object.get("kind")).isNotEqualTo("Secret");
                collect(object, referenced, configMaps, overlay);
            }
            // Secrets the Strimzi operators write: the KafkaUsers' and the cluster CA certificate
            Set<String> strimzi = Rendered.ofKind(overlay, "KafkaUser").map(u -> Yaml.string(u, "metadata.name"))
                    .collect(Collectors.toCollection(TreeSet::new));
            strimzi.add("polku-cluster-ca-cert");
            for (String secret : referenced) {
                if (!strimzi.contains(secret)) {
                    assertThat(docs).as("docs/deployment.md tells how to create Secret " + secret)
                            .contains("`" + secret + "`");
                }
            }
            assertThat(text).doesNotContainIgnoringCase("password:").doesNotContain("stringData");
        }
    }

    private static void collect(Object node, Set<String> secrets, Set<String> configMaps, String overlay) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("secretKeyRef") != null) {
                secrets.add(Yaml.string(map.get("secretKeyRef"), "name"));
            }
            if (map.get("secret") instanceof Map<?, ?> volume && volume.get("secretName") != null) {
                secrets.add(volume.get("secretName").toString());
            }
            for (String ref : List.of("configMapRef", "configMapKeyRef", "configMap")) {
                if (map.get(ref) instanceof Map<?, ?> cm && cm.get("name") != null) {
                    assertThat(configMaps).as(overlay + ": ConfigMap " + cm.get("name") + " is rendered")
                            .contains(cm.get("name").toString());
                }
            }
            map.values().forEach(v -> collect(v, secrets, configMaps, overlay));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, secrets, configMaps, overlay));
        }
    }

    /**
     * The scrape configuration, applied the way Prometheus applies relabelling to what Kubernetes pod discovery
     * reports for each rendered pod: every service is scraped at its port and /actuator/prometheus, MongoDB and
     * Strimzi pods are not. (promtool cannot check it here: Debian's build leaves out Kubernetes discovery.)
     */
    @Test
    void thePrometheusScrapeConfigurationFindsEveryServiceAtItsMetricsEndpoint() {
        Map<String, Object> cm = Rendered.named("production", "ConfigMap", "prometheus-polku-scrape");
        Map<String, Object> config = Yaml.loadAll(String.valueOf(Yaml.map(cm.get("data")).get("polku-scrape.yml"))).get(0);
        List<Object> jobs = Yaml.list(config.get("scrape_configs"));
        assertThat(jobs).hasSize(1);
        Map<String, Object> job = Yaml.map(jobs.get(0));
        assertThat(job.keySet()).isSubsetOf("job_name", "scrape_interval", "scrape_timeout", "metrics_path",
                "kubernetes_sd_configs", "relabel_configs", "metric_relabel_configs", "honor_labels");
        assertThat(Yaml.list(job.get("kubernetes_sd_configs")))
                .singleElement().satisfies(sd -> assertThat(Yaml.string(sd, "role")).isEqualTo("pod"));
        List<Map<String, Object>> rules = Yaml.list(job.get("relabel_configs")).stream().map(Yaml::map).toList();
        for (String overlay : Rendered.OVERLAYS) {
            for (String kind : List.of("Deployment", "StatefulSet")) {
                Rendered.ofKind(overlay, kind).forEach(workload -> {
                    String name = Yaml.string(workload, "metadata.name");
                    Map<String, String> target = discovered(workload);
                    Map<String, String> result = Relabel.apply(rules, target);
                    if (kind.equals("Deployment")) {
                        int port = Registry.SERVICES.get(name);
                        assertThat(result).as(overlay + " " + name + " is scraped").isNotNull();
                        assertThat(result).containsEntry("__address__", "10.0.0.1:" + port)
                                .containsEntry("__metrics_path__", "/actuator/prometheus")
                                .containsEntry("app", name);
                    } else {
                        assertThat(result).as(overlay + " " + name + " is not scraped").isNull();
                    }
                });
            }
        }
    }

    /** The labels Kubernetes pod discovery gives a pod of this workload (one container port, as discovered). */
    private static Map<String, String> discovered(Map<String, Object> workload) {
        Map<String, String> labels = new java.util.TreeMap<>();
        labels(workload, "spec.template.metadata.labels").forEach((k, v) ->
                labels.put("__meta_kubernetes_pod_label_" + k.replaceAll("[^a-zA-Z0-9_]", "_"), String.valueOf(v)));
        labels(workload, "spec.template.metadata.annotations").forEach((k, v) ->
                labels.put("__meta_kubernetes_pod_annotation_" + k.replaceAll("[^a-zA-Z0-9_]", "_"), String.valueOf(v)));
        Object port = Yaml.list(Yaml.at(workload, "spec.template.spec.containers")).stream()
                .flatMap(c -> Yaml.list(Yaml.map(c).get("ports")).stream())
                .map(p -> Yaml.map(p).get("containerPort")).findFirst().orElseThrow();
        labels.put("__address__", "10.0.0.1:" + port);
        labels.put("__metrics_path__", "/metrics");
        labels.put("__meta_kubernetes_namespace", String.valueOf(Yaml.string(workload, "metadata.namespace")));
        labels.put("__meta_kubernetes_pod_name", Yaml.string(workload, "metadata.name") + "-0");
        return labels;
    }
}

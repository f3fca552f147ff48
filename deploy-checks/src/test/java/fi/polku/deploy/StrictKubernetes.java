package fi.polku.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of one rendered object. Core kinds go through io.kubernetes client-java's generated models, whose
 * fromJson rejects unknown fields and wrong types; Strimzi's kinds through Strimzi's own model classes (Maven
 * io.strimzi:api), read with Jackson failing on unknown properties, and — because those classes keep unknown
 * properties in an additionalProperties map instead of failing — a walk that finds any such leftover. Any other
 * kind fails: the overlays render nothing unchecked.
 */
final class StrictKubernetes {

    private static final Gson GSON = new Gson();
    private static final ObjectMapper STRIMZI = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StrictKubernetes() {
    }

    /** Parses the object strictly and returns the kind it was checked as; throws on any problem. */
    static String check(Map<String, Object> object) throws Exception {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String json = GSON.toJson(object);
        switch (apiVersion + " " + kind) {
            case "v1 ServiceAccount" -> V1ServiceAccount.fromJson(json);
            case "v1 ConfigMap" -> V1ConfigMap.fromJson(json);
            case "v1 Service" -> V1Service.fromJson(json);
            case "apps/v1 Deployment" -> V1Deployment.fromJson(json);
            case "apps/v1 StatefulSet" -> V1StatefulSet.fromJson(json);
            case "batch/v1 Job" -> V1Job.fromJson(json);
            case "autoscaling/v2 HorizontalPodAutoscaler" -> V2HorizontalPodAutoscaler.fromJson(json);
            case "policy/v1 PodDisruptionBudget" -> V1PodDisruptionBudget.fromJson(json);
            case "networking.k8s.io/v1 NetworkPolicy" -> V1NetworkPolicy.fromJson(json);
            case "kafka.strimzi.io/v1beta2 Kafka" -> strimzi(json, Kafka.class);
            case "kafka.strimzi.io/v1beta2 KafkaNodePool" -> strimzi(json, KafkaNodePool.class);
            case "kafka.strimzi.io/v1beta2 KafkaTopic" -> strimzi(json, KafkaTopic.class);
            case "kafka.strimzi.io/v1beta2 KafkaUser" -> strimzi(json, KafkaUser.class);
            case "v1 Secret" -> throw new AssertionError("a Secret is rendered from the repository; secrets are "
                    + "created in the cluster (docs/deployment.md), never committed");
            default -> throw new AssertionError("no strict check for " + apiVersion + " " + kind);
        }
        return apiVersion + " " + kind;
    }

    private static void strimzi(String json, Class<?> type) throws Exception {
        Object model = STRIMZI.readValue(json, type);
        List<String> unknown = new ArrayList<>();
        walk(model, type.getSimpleName(), unknown, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!unknown.isEmpty()) {
            throw new AssertionError("unknown properties " + unknown);
        }
        // what the model understood must say everything the manifest says: an enum value it does not know
        // (an ACL operation "Wrte", say) reads as null and goes missing here
        List<String> lost = new ArrayList<>();
        lost(STRIMZI.readTree(json), STRIMZI.valueToTree(model), type.getSimpleName(), lost);
        if (!lost.isEmpty()) {
            throw new AssertionError("not understood by the model " + lost);
        }
    }

    private static void lost(JsonNode in, JsonNode out, String path, List<String> lost) {
        if (out == null || out.isNull() || out.isMissingNode()) {
            // the models leave out default values (false, 0, empty) when they write
            boolean isDefault = in.isNull() || (in.isBoolean() && !in.asBoolean()) || (in.isNumber() && in.asDouble() == 0)
                    || (in.isContainerNode() && in.isEmpty());
            if (!isDefault) {
                lost.add(path + "=" + in);
            }
        } else if (in.isObject()) {
            in.properties().forEach(e -> {
                if (!(path.indexOf('.') < 0 && e.getKey().equals("apiVersion"))) { // the models write their newest
                    lost(e.getValue(), out.get(e.getKey()), path + "." + e.getKey(), lost);
                }
            });
        } else if (in.isArray()) {
            if (!out.isArray() || out.size() != in.size()) {
                lost.add(path + "=" + in + " read as " + out);
                return;
            }
            for (int i = 0; i < in.size(); i++) {
                lost(in.get(i), out.get(i), path + "[" + i + "]", lost);
            }
        } else if (!in.asText().equalsIgnoreCase(out.asText())) {
            lost.add(path + "=" + in + " read as " + out);
        }
    }

    private static void walk(Object value, String path, List<String> unknown, Set<Object> seen) throws Exception {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                walk(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi") && !pkg.startsWith("io.fabric8")) {
            return;
        }
        try {
            Method additional = value.getClass().getMethod("getAdditionalProperties");
            Object extra = additional.invoke(value);
            if (extra instanceof Map<?, ?> map && !map.isEmpty()) {
                map.keySet().forEach(k -> unknown.add(path + "." + k));
            }
        } catch (NoSuchMethodException e) {
            // a class without a place for unknown properties: Jackson already failed on any
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("additionalProperties")) {
                    continue;
                }
                field.setAccessible(true);
                walk(field.get(value), path + "." + field.getName(), unknown, seen);
            }
        }
    }
}

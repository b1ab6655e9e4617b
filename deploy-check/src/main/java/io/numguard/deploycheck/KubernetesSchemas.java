package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.annotations.SerializedName;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON Schemas of the Kubernetes built-in kinds, derived from the official Kubernetes Java client's models
 * (io.kubernetes:client-java-api, generated from the Kubernetes OpenAPI document): each model's fields are its
 * properties (names from {@code @SerializedName}, types from the Java types), {@code openapiRequiredFields} its
 * required properties, and nothing else is allowed (additionalProperties false): the same fields the API server
 * accepts, so an unknown or misspelt field fails here as it does under {@code kubectl apply --validate=strict}.
 */
public final class KubernetesSchemas {
    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    /** apiVersion -> kinds this project may use (an unknown pair is an error, not a skipped check). */
    private static final Map<String, Set<String>> KINDS = Map.of(
            "v1", Set.of("Namespace", "ServiceAccount", "ConfigMap", "Secret", "Service", "PersistentVolumeClaim"),
            "apps/v1", Set.of("Deployment", "StatefulSet", "DaemonSet"),
            "batch/v1", Set.of("Job", "CronJob"),
            "policy/v1", Set.of("PodDisruptionBudget"),
            "autoscaling/v2", Set.of("HorizontalPodAutoscaler"),
            "networking.k8s.io/v1", Set.of("NetworkPolicy", "Ingress"),
            "rbac.authorization.k8s.io/v1", Set.of("Role", "RoleBinding"));

    private final ObjectNode definitions = Yaml.JSON.createObjectNode();

    public static boolean isBuiltIn(String apiVersion, String kind) {
        return KINDS.getOrDefault(apiVersion, Set.of()).contains(kind);
    }

    public ObjectNode definitions() {
        return definitions;
    }

    /** A schema for the kind ({@code $ref} into the shared definitions), or null when it is not a built-in kind. */
    public ObjectNode schemaFor(String apiVersion, String kind) {
        if (!isBuiltIn(apiVersion, kind)) {
            return null;
        }
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        return rootSchema(modelClass(Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind));
    }

    public ObjectNode objectMetaSchema() {
        return rootSchema(modelClass("V1ObjectMeta"));
    }

    private ObjectNode rootSchema(Class<?> model) {
        ObjectNode s = Yaml.JSON.createObjectNode();
        s.put("$ref", "#/definitions/" + define(model));
        s.set("definitions", definitions);
        return s;
    }

    private static Class<?> modelClass(String simpleName) {
        try {
            return Class.forName(MODELS + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no Kubernetes model " + simpleName, e);
        }
    }

    private String define(Class<?> model) {
        String name = model.getSimpleName();
        if (definitions.has(name)) {
            return name;
        }
        ObjectNode def = definitions.putObject(name);
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        for (Field f : model.getDeclaredFields()) {
            SerializedName sn = f.getAnnotation(SerializedName.class);
            if (sn == null || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            props.set(sn.value(), typeSchema(f.getGenericType(), model + "." + f.getName()));
        }
        Set<String> required = staticSet(model, "openapiRequiredFields");
        if (!required.isEmpty()) {
            ArrayNode r = def.putArray("required");
            new TreeSet<>(required).forEach(r::add);
        }
        def.put("additionalProperties", false);
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> staticSet(Class<?> model, String field) {
        try {
            Field f = model.getDeclaredField(field);
            return Set.copyOf((Collection<String>) f.get(null));
        } catch (NoSuchFieldException e) {
            return Set.of();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode typeSchema(Type t, String where) {
        ObjectNode s = Yaml.JSON.createObjectNode();
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                s.put("type", "array");
                s.set("items", typeSchema(p.getActualTypeArguments()[0], where));
                return s;
            }
            if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object");
                s.set("additionalProperties", typeSchema(p.getActualTypeArguments()[1], where));
                return s;
            }
            throw new IllegalStateException("unmapped type " + t + " at " + where);
        }
        Class<?> c = (Class<?>) t;
        String n = c.getName();
        if (c == String.class || n.equals("java.time.OffsetDateTime") || c == byte[].class) {
            s.put("type", "string");
        } else if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
            s.put("type", "integer");
        } else if (c == Boolean.class || c == boolean.class) {
            s.put("type", "boolean");
        } else if (c == Double.class || c == Float.class || c == java.math.BigDecimal.class) {
            s.put("type", "number");
        } else if (n.equals("io.kubernetes.client.custom.IntOrString")) {
            s.putArray("type").add("integer").add("string");
        } else if (n.equals("io.kubernetes.client.custom.Quantity")) {
            s.putArray("type").add("string").add("integer").add("number");
        } else if (c == Object.class) {
            return s;
        } else if (c.isEnum()) {
            ArrayNode e = s.putArray("enum");
            for (Object v : c.getEnumConstants()) {
                try {
                    e.add(String.valueOf(c.getMethod("getValue").invoke(v)));
                } catch (ReflectiveOperationException ex) {
                    e.add(v.toString());
                }
            }
        } else if (n.startsWith(MODELS)) {
            s.put("$ref", "#/definitions/" + define(c));
        } else {
            throw new IllegalStateException("unmapped type " + n + " at " + where);
        }
        return s;
    }
}

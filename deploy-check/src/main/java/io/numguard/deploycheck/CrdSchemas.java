package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Schemas of custom resources, converted from the openAPIV3Schema of CustomResourceDefinitions the way the API
 * server reads them: an object schema with properties and no x-kubernetes-preserve-unknown-fields accepts no other
 * field (the server prunes or, with strict field validation, rejects them), x-kubernetes-int-or-string accepts both,
 * nullable accepts null. CEL rules (x-kubernetes-validations) are not evaluated.
 */
public final class CrdSchemas {
    private static final Set<String> KEEP = Set.of("type", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties",
            "maxProperties", "required", "description");
    private final Map<String, ObjectNode> byApiVersionKind = new HashMap<>();
    private final Map<String, String> sourceOf = new HashMap<>();

    /** Loads CRDs from class-path resources. */
    public CrdSchemas load(String source, List<String> resources) {
        for (String r : resources) {
            try (InputStream in = CrdSchemas.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing CRD resource " + r);
                }
                for (ObjectNode crd : Yaml.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8), r)) {
                    add(crd, source + " (" + r + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    private void add(ObjectNode crd, String source) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode v : crd.path("spec").path("versions")) {
            if (!v.path("served").asBoolean(true)) {
                continue;
            }
            ObjectNode schema = convert(v.path("schema").path("openAPIV3Schema"));
            ObjectNode props = (ObjectNode) schema.path("properties");
            // metadata is checked against ObjectMeta separately, as the API server does
            ObjectNode meta = Yaml.JSON.createObjectNode().put("type", "object");
            props.set("metadata", meta);
            ArrayNode req = schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
            for (String f : List.of("apiVersion", "kind", "metadata")) {
                if (!contains(req, f)) {
                    req.add(f);
                }
            }
            String key = group + "/" + v.path("name").asText() + "|" + kind;
            byApiVersionKind.put(key, schema);
            sourceOf.put(key, source);
        }
    }

    private static boolean contains(ArrayNode a, String s) {
        for (JsonNode n : a) {
            if (n.asText().equals(s)) {
                return true;
            }
        }
        return false;
    }

    public ObjectNode schemaFor(String apiVersion, String kind) {
        return byApiVersionKind.get(apiVersion + "|" + kind);
    }

    public String sourceOf(String apiVersion, String kind) {
        return sourceOf.get(apiVersion + "|" + kind);
    }

    static ObjectNode convert(JsonNode in) {
        ObjectNode out = Yaml.JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> it = in.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (KEEP.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        out.remove("description");
        if (in.has("properties")) {
            ObjectNode props = out.putObject("properties");
            in.get("properties").fields().forEachRemaining(p -> props.set(p.getKey(), convert(p.getValue())));
        }
        if (in.has("items")) {
            out.set("items", convert(in.get("items")));
        }
        if (in.has("additionalProperties")) {
            JsonNode ap = in.get("additionalProperties");
            out.set("additionalProperties", ap.isBoolean() ? ap : convert(ap));
        }
        for (String comb : List.of("oneOf", "anyOf", "allOf")) {
            if (in.has(comb)) {
                ArrayNode a = out.putArray(comb);
                in.get(comb).forEach(s -> a.add(convert(s)));
            }
        }
        if (in.has("not")) {
            out.set("not", convert(in.get("not")));
        }
        if (in.path("x-kubernetes-int-or-string").asBoolean(false)) {
            out.remove("type");
            out.putArray("type").add("integer").add("string");
        }
        boolean preserve = in.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if ("object".equals(in.path("type").asText()) && in.has("properties") && !in.has("additionalProperties")
                && !preserve) {
            out.put("additionalProperties", false);
        }
        if (in.path("nullable").asBoolean(false) && out.has("type") && out.get("type").isTextual()) {
            String t = out.get("type").asText();
            out.remove("type");
            out.putArray("type").add(t).add("null");
        }
        return out;
    }
}

package io.numguard.devstack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A malformed-input probe of every operation a service's OpenAPI document lists: bad path ids, bad query values,
 * broken and mistyped bodies, each sent with every token given and without one. Every answer must be below 500, a
 * 4xx must be {@code application/problem+json}, and a refused request must write no row ({@code rows} counts the
 * service's business rows before and after each request).
 */
public final class OpenApiFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BAD_IDS = List.of("%00", "a%00b", "%01", "x".repeat(300),
            "%27%20OR%20%271%27%3D%271", "..%2F..", "%FF");
    private static final List<String> BAD_QUERY_VALUES = List.of("%00", "abc", "-1", "99999999999999999999",
            "x".repeat(300), "%FF", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Map<String, String> tokens;
    private final LongSupplier rows;
    private final List<String> findings = new ArrayList<>();
    private int requests;

    private OpenApiFuzz(URI base, Map<String, String> tokens, LongSupplier rows) {
        this.base = base;
        this.tokens = tokens;
        this.rows = rows;
    }

    /**
     * Probes every operation of {@code base + /q/openapi}; returns what broke the rules (empty when nothing did).
     *
     * @param tokens bearer tokens by a name for the report (a null token: no Authorization header)
     */
    public static Result run(URI base, Map<String, String> tokens, LongSupplier rows) throws Exception {
        OpenApiFuzz fuzz = new OpenApiFuzz(base, tokens, rows);
        fuzz.probeAll();
        return new Result(fuzz.requests, List.copyOf(fuzz.findings));
    }

    /** How many requests were sent, and each breach of the rules. */
    public record Result(int requests, List<String> findings) {
    }

    private void probeAll() throws Exception {
        JsonNode doc = JSON.readTree(send("GET", "/q/openapi?format=json", null, null, null).body());
        JsonNode schemas = doc.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                probe(method, path.getKey(), op.getValue(), schemas);
            }
        }
    }

    private void probe(String method, String template, JsonNode op, JsonNode schemas) throws Exception {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                pathParams.add(p.path("name").asText());
            } else if ("query".equals(p.path("in").asText())) {
                queryParams.add(p.path("name").asText());
            }
        }
        // a syntactically plausible value wherever the probe is not aimed
        String plain = fill(template, pathParams, null, null);
        List<String> targets = new ArrayList<>();
        for (String param : pathParams) {
            for (String bad : BAD_IDS) {
                targets.add(fill(template, pathParams, param, bad));
            }
        }
        for (String q : queryParams) {
            for (String bad : BAD_QUERY_VALUES) {
                targets.add(plain + (plain.contains("?") ? "&" : "?") + q + "=" + bad);
            }
        }
        List<String> bodies = new ArrayList<>();
        boolean hasBody = op.has("requestBody");
        if (hasBody) {
            bodies.addAll(List.of("{", "[]", "null", "{}", "\"text\"", "{\"unknownField\":1}"));
            JsonNode schema = resolve(op.path("requestBody").path("content").path("application/json")
                    .path("schema"), schemas);
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                String type = resolve(prop.getValue(), schemas).path("type").asText("object");
                for (Object wrong : wrongValues(type)) {
                    ObjectNode body = JSON.createObjectNode();
                    body.set(prop.getKey(), JSON.valueToTree(wrong));
                    bodies.add(JSON.writeValueAsString(body));
                }
            }
            targets.add(plain);
        } else if (targets.isEmpty()) {
            targets.add(plain);
        }
        for (String target : targets) {
            for (Map.Entry<String, String> token : tokensWithNone().entrySet()) {
                if (hasBody) {
                    for (String body : bodies) {
                        check(method, target, token, body, "application/json");
                    }
                    check(method, target, token, "{}", "text/plain");
                } else {
                    check(method, target, token, null, null);
                }
            }
        }
    }

    private static List<Object> wrongValues(String type) {
        return switch (type) {
            case "string" -> List.of(12345, true, List.of("a"), Map.of("a", 1), "\u0000", "x".repeat(5000));
            case "integer", "number" -> List.of("not-a-number", "1e999", -1, 1.5, true);
            case "boolean" -> List.of("maybe", 2);
            case "array" -> List.of("not-an-array", List.of(Map.of("a", 1)), List.of("\u0000"));
            default -> List.of("not-an-object", 1);
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0), schemas);
        }
        return schema;
    }

    private static String fill(String template, List<String> params, String target, String bad) {
        String path = template;
        for (String p : params) {
            path = path.replace("{" + p + "}", p.equals(target) ? bad : "fuzz1");
        }
        return path;
    }

    private Map<String, String> tokensWithNone() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("no token", null);
        all.putAll(tokens);
        return all;
    }

    private void check(String method, String target, Map.Entry<String, String> token, String body,
                       String contentType) throws Exception {
        long before = rows.getAsLong();
        HttpResponse<String> r = send(method, target, token.getValue(), body, contentType);
        requests++;
        String what = method + " " + abbreviate(target) + (body == null ? "" : " " + abbreviate(body)) + " as "
                + token.getKey() + " -> " + r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 500) {
            findings.add(what + ": a 5xx (" + abbreviate(r.body()) + ")");
        } else if (r.statusCode() >= 400) {
            if (!type.startsWith("application/problem+json")) {
                findings.add(what + ": a " + r.statusCode() + " as '" + type + "', not problem+json");
            }
            long after = rows.getAsLong();
            if (after != before) {
                findings.add(what + ": refused, yet " + (after - before) + " row(s) were written");
            }
        }
    }

    private HttpResponse<String> send(String method, String target, String token, String body, String contentType)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + target))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 60) + "...(" + s.length() + " chars)" : s;
    }
}

package io.numguard.console.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Calls the services' public REST APIs as the logged-in person: every request carries that person's own access
 * token (kept in the encrypted session cookie by quarkus-oidc, never given to the browser), so each permission stays
 * where the services enforce it. Bodies are passed through as maps and lists: the console owns no business types.
 * A 4xx/5xx answer becomes an {@link ApiProblem}.
 */
@ApplicationScoped
public class ServiceApi {
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "numguard.registry.url")
    String registryUrl;
    @ConfigProperty(name = "numguard.complaint.url")
    String complaintUrl;
    @ConfigProperty(name = "numguard.enforcement.url")
    String enforcementUrl;

    /** An answer: its JSON body and, for lists that page, the cursor of the next page (from {@code Link: rel=next}). */
    public record Answer(int status, Object body, String nextCursor) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return body instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        }
    }

    public Answer get(Target target, String path, Map<String, ?> query) {
        return send(target, HttpRequest.newBuilder(uri(target, path, query)).GET());
    }

    public Answer get(Target target, String path) {
        return get(target, path, Map.of());
    }

    public Answer post(Target target, String path, Object body) {
        try {
            return send(target, HttpRequest.newBuilder(uri(target, path, Map.of()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body == null ? Map.of()
                            : body))));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A GET answered in another form than JSON (e.g. {@code text/csv}), as text; a problem as for JSON. */
    public String text(Target target, String path, Map<String, ?> query, String mediaType) {
        HttpResponse<byte[]> response = exchange(target, HttpRequest.newBuilder(uri(target, path, query)).GET(),
                mediaType + ", application/problem+json");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private Answer send(Target target, HttpRequest.Builder request) {
        HttpResponse<byte[]> response = exchange(target, request, "application/json, application/problem+json");
        return new Answer(response.statusCode(), parse(response.body()),
                nextCursor(response.headers().firstValue("Link")));
    }

    private HttpResponse<byte[]> exchange(Target target, HttpRequest.Builder request, String accept) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            request.header("Authorization", "Bearer " + token.getToken());
        }
        request.header("Accept", accept).timeout(Duration.ofSeconds(20));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ApiProblem.unreachable(target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblem.unreachable(target, e);
        }
        if (response.statusCode() >= 400) {
            throw ApiProblem.of(response.statusCode(), parse(response.body()));
        }
        return response;
    }

    private Object parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readValue(body, Object.class);
        } catch (IOException e) {
            return null; // not JSON (a proxy's error page): the status alone is told
        }
    }

    /** The {@code cursor} query parameter of the {@code rel="next"} link, if the list has a next page. */
    static String nextCursor(Optional<String> link) {
        if (link.isEmpty()) {
            return null;
        }
        Matcher m = NEXT.matcher(link.get());
        if (!m.find()) {
            return null;
        }
        String query = URI.create(m.group(1)).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("cursor=")) {
                return java.net.URLDecoder.decode(part.substring(7), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private URI uri(Target target, String path, Map<String, ?> query) {
        String base = switch (target) {
            case REGISTRY -> registryUrl;
            case COMPLAINT -> complaintUrl;
            case ENFORCEMENT -> enforcementUrl;
        };
        Map<String, ?> present = query.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        String q = present.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base.replaceAll("/+$", "") + path + (q.isEmpty() ? "" : "?" + q));
    }

    /** A path segment taken from user input (a number, a code, an id), encoded. */
    public static String seg(String value) {
        return URLEncoder.encode(value == null ? "" : value.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}

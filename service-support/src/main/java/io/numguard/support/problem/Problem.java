package io.numguard.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is stable per kind of error ({@code urn:numguard:problem:<slug>}) so
 * that a carrier's or police system can branch on it; extension members carry the specifics.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance,
                      @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:numguard:problem:";

    public static Problem of(String slug, int status, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, Map.of());
    }

    public Problem with(String name, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions == null ? Map.of() : extensions);
        ext.put(name, value);
        return new Problem(type, title, status, detail, instance, ext);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> anyGetter() {
        return extensions == null ? Map.of() : extensions;
    }
}

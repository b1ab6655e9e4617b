package io.numguard.enforcement.decisionlog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision as a domain operation reports it, before it is appended to the tamper-evident log.
 *
 * @param at      when; truncated to microseconds so that it survives a PostgreSQL {@code timestamptz} unchanged
 *                (the time is hashed, so a silent truncation on storage would look like tampering)
 * @param actor   user id of whoever decided ({@code system} for the service itself)
 * @param subject what the decision is about, e.g. {@code case/<id>}, {@code sanction/<id>}
 * @param details further facts, sorted by key; null values are dropped (so storage that drops nulls changes nothing)
 */
public record Decision(Instant at, String actor, DecisionKind kind, String subject, SortedMap<String, String> details) {
    public Decision {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        requireText("actor", actor);
        requireText("subject", subject);
        at = at.truncatedTo(ChronoUnit.MICROS);
        details = canonicalDetails(details);
    }

    public static Decision of(Instant at, String actor, DecisionKind kind, String subject, Map<String, String> details) {
        return new Decision(at, actor, kind, subject, details == null ? null : new TreeMap<>(details));
    }

    static SortedMap<String, String> canonicalDetails(Map<String, String> details) {
        TreeMap<String, String> sorted = new TreeMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                Objects.requireNonNull(k, "detail key");
                if (v != null) {
                    sorted.put(k, v);
                }
            });
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("decision needs a " + name);
        }
    }
}

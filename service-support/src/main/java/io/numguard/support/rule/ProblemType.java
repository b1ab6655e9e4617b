package io.numguard.support.rule;

import java.util.Objects;

/**
 * The problem+json shape one refusal reason always takes: the stable {@code slug} (the {@code type} URI's last
 * segment), its {@code title} and HTTP {@code status}. Plain Java, so a domain enum can name its own problem type
 * without speaking JAX-RS; only the rest layer turns it into a response.
 */
public record ProblemType(String slug, String title, int status) {
    public ProblemType {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a refusal is a 4xx, not " + status);
        }
    }

    /** A title derived from the slug: {@code segment-overlaps} gives "Segment overlaps". */
    public static String titleOf(String slug) {
        String s = slug.replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

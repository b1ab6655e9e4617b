package io.numguard.complaint.reputation;

import java.util.List;
import java.util.Objects;

/** A subject's label, its score 0..100 and why, in words a regulator or a callee can read. */
public record Reputation(Label label, int score, List<String> reasons) {
    public static final Reputation NONE = new Reputation(Label.NONE, 0, List.of());

    public Reputation {
        Objects.requireNonNull(label, "label");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score is 0..100, got " + score);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}

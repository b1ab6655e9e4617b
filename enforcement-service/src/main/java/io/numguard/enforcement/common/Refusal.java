package io.numguard.enforcement.common;

import java.util.Objects;

/** A refused step: the stable reason and a sentence for the person who tried it (the problem+json detail). */
public record Refusal(RefusalReason reason, String detail) {
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? reason.slug() : detail;
    }

    public static Refusal of(RefusalReason reason, String detail) {
        return new Refusal(reason, detail);
    }

    public String slug() {
        return reason.slug();
    }
}

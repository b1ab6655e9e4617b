package io.numguard.enforcement.common;

/**
 * Thrown by {@link Outcome#orElseThrow()} so that a transactional service can roll back and an exception mapper
 * can turn the {@link Refusal} into problem+json.
 */
public class RefusalException extends RuntimeException {
    private final transient Refusal refusal;

    public RefusalException(Refusal refusal) {
        super(refusal.slug() + ": " + refusal.detail());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public RefusalReason reason() {
        return refusal.reason();
    }
}

package io.numguard.registry;

import java.util.Objects;

/** What a named policy says: {@link Allowed}, or {@link Rejected} with a stable reason and a message for people. */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    Allowed ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Rejected rejected(RejectionReason reason, String message) {
        return new Rejected(reason, message);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    default boolean isRejected() {
        return this instanceof Rejected;
    }

    record Allowed() implements Decision {
    }

    record Rejected(RejectionReason reason, String message) implements Decision {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /** The same rejection as the outcome of an operation. */
        public <T> Result<T> toResult() {
            return Result.refused(reason, message);
        }
    }
}

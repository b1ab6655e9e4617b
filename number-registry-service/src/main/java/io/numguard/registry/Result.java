package io.numguard.registry;

import java.util.Objects;
import java.util.function.Function;

/**
 * Outcome of a domain operation: {@link Done} with the value it produced, or {@link Refused} with a stable reason.
 * A refusal is an expected business answer, not an exception; the REST layer maps the reason to problem+json.
 */
public sealed interface Result<T> permits Result.Done, Result.Refused {

    static <T> Result<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Result<T> refused(RejectionReason reason, String message) {
        return new Refused<>(reason, message);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    default boolean isRefused() {
        return this instanceof Refused;
    }

    /** The value; throws {@link IllegalStateException} carrying the refusal when there is none. */
    T value();

    /** The refusal; throws {@link IllegalStateException} when the operation was done. */
    Refused<T> refusal();

    <U> Result<U> map(Function<? super T, ? extends U> f);

    record Done<T>(T value) implements Result<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Refused<T> refusal() {
            throw new IllegalStateException("operation was done, not refused");
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> f) {
            return new Done<>(f.apply(value));
        }
    }

    record Refused<T>(RejectionReason reason, String message) implements Result<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public T value() {
            throw new IllegalStateException("refused (" + reason.slug() + "): " + message);
        }

        @Override
        public Refused<T> refusal() {
            return this;
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> f) {
            return new Refused<>(reason, message);
        }
    }
}

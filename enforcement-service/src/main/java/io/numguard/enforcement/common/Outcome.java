package io.numguard.enforcement.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a domain operation gives back: either the accepted result (new state, the events it caused, the decisions
 * to log) or a {@link Refusal} with its reason. Nothing is changed by a refused operation.
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Refused {

    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Refusal cause) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(cause, "cause");
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> refused(RefusalReason reason, String detail) {
        return new Refused<>(Refusal.of(reason, detail));
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    default boolean isRefused() {
        return this instanceof Refused;
    }

    /** The refusal, or empty when accepted. */
    default Optional<Refusal> refusal() {
        return this instanceof Refused<T> r ? Optional.of(r.cause()) : Optional.empty();
    }

    /** The reason of the refusal, or empty when accepted. */
    default Optional<RefusalReason> refusalReason() {
        return refusal().map(Refusal::reason);
    }

    /** The accepted value, or a {@link RefusalException} carrying the refusal. */
    default T orElseThrow() {
        if (this instanceof Accepted<T> a) {
            return a.value();
        }
        throw new RefusalException(((Refused<T>) this).cause());
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(f.apply(a.value()));
        }
        return new Refused<>(((Refused<T>) this).cause());
    }
}

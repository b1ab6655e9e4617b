package io.numguard.support.rule;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule's answer, the same shape in every service: {@link Allowed} (with the value the step produced, or
 * {@link Verdict#ALLOWED}'s empty marker for a yes/no policy) or {@link Refused} with a {@link RefusalReason} and a
 * sentence for the person who asked. A refusal is an expected business answer, not an exception; the rest layer
 * renders it as problem+json ({@code io.numguard.support.problem.Refusals}).
 */
public sealed interface Verdict<T> permits Verdict.Allowed, Verdict.Refused {

    /** The value of an allowance that produces nothing (a yes/no policy said yes). */
    enum Nothing { INSTANCE }

    Allowed<Nothing> ALLOWED = new Allowed<>(Nothing.INSTANCE);

    static Allowed<Nothing> allowed() {
        return ALLOWED;
    }

    static <T> Verdict<T> allowed(T value) {
        return new Allowed<>(value);
    }

    static <T> Refused<T> refused(RefusalReason reason, String detail) {
        return new Refused<>(reason, detail);
    }

    record Allowed<T>(T value) implements Verdict<T> {
        public Allowed {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(RefusalReason reason, String detail) implements Verdict<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? reason.slug() : detail;
        }

        /** The same refusal, typed for another step's answer. */
        @SuppressWarnings("unchecked")
        public <U> Refused<U> retyped() {
            return (Refused<U>) this;
        }
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    default boolean isRefused() {
        return this instanceof Refused;
    }

    /** The refusal, or empty when allowed. */
    default Optional<Refused<T>> refusal() {
        return this instanceof Refused<T> r ? Optional.of(r) : Optional.empty();
    }

    /** The reason of the refusal, or empty when allowed. */
    default Optional<RefusalReason> refusalReason() {
        return refusal().map(Refused::reason);
    }

    /** The allowed value; {@link IllegalStateException} naming the refusal when refused. */
    default T value() {
        if (this instanceof Allowed<T> a) {
            return a.value();
        }
        Refused<T> r = (Refused<T>) this;
        throw new IllegalStateException("refused (" + r.reason().slug() + "): " + r.detail());
    }

    default <U> Verdict<U> map(Function<? super T, ? extends U> f) {
        return this instanceof Allowed<T> a ? new Allowed<>(f.apply(a.value())) : ((Refused<T>) this).retyped();
    }

    default <U> Verdict<U> flatMap(Function<? super T, Verdict<U>> f) {
        return this instanceof Allowed<T> a ? f.apply(a.value()) : ((Refused<T>) this).retyped();
    }
}

package io.numguard.registry.segment;

import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.util.Objects;
import java.util.function.BiFunction;

/** A named business rule about allocation; see {@link AllocationPolicies} for the rules and their order. */
public interface AllocationPolicy {

    /** Stable name, for logs and for telling which rule spoke. */
    String name();

    Verdict<Nothing> evaluate(AllocationRequest request, AllocationFacts facts);

    static AllocationPolicy named(String name, BiFunction<AllocationRequest, AllocationFacts, Verdict<Nothing>> rule) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        return new AllocationPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Verdict<Nothing> evaluate(AllocationRequest request, AllocationFacts facts) {
                return rule.apply(request, facts);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}

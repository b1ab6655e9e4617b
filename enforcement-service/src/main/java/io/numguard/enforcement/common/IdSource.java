package io.numguard.enforcement.common;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Where new ids (cases, orders, sanctions, referrals) come from; passed in so that the domain stays deterministic. */
@FunctionalInterface
public interface IdSource {
    String newId();

    /** Random UUIDs: the production choice. */
    static IdSource uuids() {
        return () -> UUID.randomUUID().toString();
    }

    /** {@code prefix-1}, {@code prefix-2}, ...: predictable ids for tests and examples. */
    static IdSource sequential(String prefix) {
        AtomicLong next = new AtomicLong();
        return () -> prefix + "-" + next.incrementAndGet();
    }
}

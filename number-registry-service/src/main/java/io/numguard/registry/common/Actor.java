package io.numguard.registry.common;

import io.numguard.registry.licensee.Province;

import java.util.Objects;

/**
 * Who acts, as the services need it: the user recorded with every write and, for a regulator, the province claim
 * that bounds what it may touch (null for other roles).
 */
public record Actor(String userId, Province province) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
    }

    /** Whether this regulator may act on something registered in {@code p} ({@code CN} acts everywhere). */
    public boolean covers(Province p) {
        return province != null && province.covers(p);
    }
}

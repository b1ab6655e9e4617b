package io.numguard.enforcement.common;

import java.util.Optional;

/**
 * Policy: a provincial regulator acts only on cases and licensees of its own province; the ministry ({@code CN})
 * acts everywhere. A subject whose province is unknown (null) belongs to the ministry. The service itself
 * ({@link Role#SYSTEM}) is not scoped.
 */
public final class ProvinceScope {
    private ProvinceScope() {
    }

    public static Optional<Refusal> check(Actor actor, String subjectProvince) {
        if (actor.isSystem() || actor.isMinistry()) {
            return Optional.empty();
        }
        String claim = actor.province();
        if (claim == null) {
            return Optional.of(Refusal.of(RefusalReason.OUTSIDE_PROVINCE,
                    actor.userId() + " has no province claim"));
        }
        String province = subjectProvince == null ? Actor.MINISTRY : subjectProvince;
        if (claim.equals(province)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(RefusalReason.OUTSIDE_PROVINCE,
                "a regulator of " + claim + " cannot act in " + province + "; only " + province
                        + " or the ministry (" + Actor.MINISTRY + ") can"));
    }
}

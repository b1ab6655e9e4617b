package io.numguard.enforcement.common;

import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;


/**
 * Policy: a provincial regulator acts only on cases and licensees of its own province; the ministry ({@code CN})
 * acts everywhere. A subject whose province is unknown (null) belongs to the ministry. The service itself
 * ({@link Role#SYSTEM}) is not scoped.
 */
public final class ProvinceScope {
    private ProvinceScope() {
    }

    public static Verdict<Nothing> check(Actor actor, String subjectProvince) {
        if (actor.isSystem() || actor.isMinistry()) {
            return Verdict.allowed();
        }
        String claim = actor.province();
        if (claim == null) {
            return Verdict.refused(RefusalReason.OUTSIDE_PROVINCE,
                    actor.userId() + " has no province claim");
        }
        String province = subjectProvince == null ? Actor.MINISTRY : subjectProvince;
        if (claim.equals(province)) {
            return Verdict.allowed();
        }
        return Verdict.refused(RefusalReason.OUTSIDE_PROVINCE,
                "a regulator of " + claim + " cannot act in " + province + "; only " + province
                        + " or the ministry (" + Actor.MINISTRY + ") can");
    }
}

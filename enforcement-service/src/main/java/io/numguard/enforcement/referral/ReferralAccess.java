package io.numguard.enforcement.referral;

import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;


/**
 * Policy: a referral is read only by the police agency that made it. Regulators see on the case that a referral
 * joined it (its id), not the referral itself.
 */
public final class ReferralAccess {
    private ReferralAccess() {
    }

    public static Verdict<Nothing> mayRead(Actor actor, Referral referral) {
        if (!actor.has(Role.POLICE)) {
            return Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED, "only police read referrals");
        }
        if (actor.agency() == null || !actor.agency().equals(referral.agency())) {
            return Verdict.refused(RefusalReason.NOT_THE_REFERRING_AGENCY,
                    "only the agency that made referral " + referral.referralId() + " may read it");
        }
        return Verdict.allowed();
    }

    public static boolean canRead(Actor actor, Referral referral) {
        return mayRead(actor, referral).isAllowed();
    }
}

package io.numguard.enforcement.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a case exists or grew: a signal, a resale flag, a police referral, or a regulator. The first trigger opened
 * the case; later ones attached to it.
 *
 * @param reference what the trigger points at: a number or segment, a referral id, a USCC
 */
public record CaseTrigger(Kind kind, String reference, String summary, Instant at) {

    public enum Kind {
        THRESHOLD_EXCEEDED, ROBOCALL_SUSPECTED, RESALE_SUSPECTED, POLICE_REFERRAL, REGULATOR,
        /** Joint punishment was imposed on the segment's licensee; reference: the sanction id. */
        SANCTION_IMPOSED
    }

    public CaseTrigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}

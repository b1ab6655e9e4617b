package io.numguard.enforcement.cases;

import java.util.Objects;

/**
 * One action on a case as an actor asks for it (the body of {@code POST /api/cases/{id}/actions}).
 *
 * @param reason required for every action (a proposal's becomes the order's reason); blank counts as missing
 * @param fraud  for a proposed suspension or revocation: whether fraud was found
 */
public record CaseCommand(CaseAction action, String reason, boolean fraud) {
    public CaseCommand {
        Objects.requireNonNull(action, "action");
        reason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public static CaseCommand of(CaseAction action) {
        return new CaseCommand(action, null, false);
    }

    public static CaseCommand of(CaseAction action, String reason) {
        return new CaseCommand(action, reason, false);
    }

    public static CaseCommand proposeRevocationForFraud(String reason) {
        return new CaseCommand(CaseAction.PROPOSE_REVOCATION, reason, true);
    }
}

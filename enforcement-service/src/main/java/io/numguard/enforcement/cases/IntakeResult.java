package io.numguard.enforcement.cases;

import io.numguard.enforcement.decisionlog.Decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a signal, a resale flag, a referral or a regulator's request for a case.
 *
 * @param caseAfter the opened or grown case to save; null when ignored
 * @param decisions decisions to log (opening a case is one; attaching is not)
 */
public record IntakeResult(Disposition disposition, EnforcementCase caseAfter, List<Decision> decisions) {

    public enum Disposition {
        /** A new case was opened. */
        OPENED,
        /** The subject's open case grew by one trigger. */
        ATTACHED,
        /** Nothing to do (e.g. a control change without the suspected-resale flag). */
        IGNORED
    }

    public IntakeResult {
        Objects.requireNonNull(disposition, "disposition");
        if ((disposition == Disposition.IGNORED) != (caseAfter == null)) {
            throw new IllegalArgumentException("an ignored intake has no case; the others have one");
        }
        decisions = List.copyOf(decisions);
    }

    public static IntakeResult ignored() {
        return new IntakeResult(Disposition.IGNORED, null, List.of());
    }

    public Optional<EnforcementCase> affectedCase() {
        return Optional.ofNullable(caseAfter);
    }
}

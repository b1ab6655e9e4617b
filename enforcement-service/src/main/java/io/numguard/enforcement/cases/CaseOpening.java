package io.numguard.enforcement.cases;

import java.util.Collection;

/**
 * Policy: one open case per segment or licensee. Given the open cases, a new signal, referral or resale flag for a
 * subject either opens a new case or attaches to the open one.
 */
public final class CaseOpening {
    private CaseOpening() {
    }

    /** The decision: open a new case for the subject, or attach to its open case. */
    public sealed interface Decision permits OpenNew, AttachTo {
    }

    public record OpenNew(CaseSubject subject) implements Decision {
    }

    public record AttachTo(EnforcementCase openCase) implements Decision {
    }

    public static Decision decide(CaseSubject subject, OpenCases openCases) {
        return openCases.openCaseFor(subject)
                .filter(EnforcementCase::isOpen)
                .<Decision>map(AttachTo::new)
                .orElseGet(() -> new OpenNew(subject));
    }

    public static Decision decide(CaseSubject subject, Collection<EnforcementCase> cases) {
        return decide(subject, OpenCases.of(cases));
    }
}

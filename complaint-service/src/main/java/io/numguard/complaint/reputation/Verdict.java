package io.numguard.complaint.reputation;

/** The call-time screening verdict, in rising severity: let the call through, warn the callee, block it. */
public enum Verdict {
    ALLOW,
    WARN,
    BLOCK;

    static final Verdict[] VALUES = values();

    public static Verdict mostSevere(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

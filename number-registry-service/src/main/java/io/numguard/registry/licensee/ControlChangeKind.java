package io.numguard.registry.licensee;

/** What changed hands; the name is the {@code change} field of {@code licensee.control-changed}. */
public enum ControlChangeKind {
    LEGAL_REPRESENTATIVE,
    CONTROLLING_SHAREHOLDER
}

package io.numguard.registry.licensee;

public enum LicenseeStatus {
    ACTIVE,
    /** A control change came within 12 months of an allocation; enforcement opens a case on the event. */
    SUSPECTED_RESALE
}

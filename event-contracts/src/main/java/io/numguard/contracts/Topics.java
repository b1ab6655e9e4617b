package io.numguard.contracts;

import java.util.List;

/** Kafka topics of the public contract (ARCHITECTURE.md). Every topic has a dead-letter twin, {@link #dlq(String)}. */
public final class Topics {
    public static final String REGISTRY_SEGMENTS = "numguard.registry.segments.v1";
    public static final String REGISTRY_LICENSEES = "numguard.registry.licensees.v1";
    public static final String COMPLAINT_SIGNALS = "numguard.complaints.signals.v1";
    /** Compacted: the current label per number or segment, a tombstone when cleared. */
    public static final String REPUTATION_LABELS = "numguard.reputation.labels.v1";
    public static final String ENFORCEMENT_ORDERS = "numguard.enforcement.orders.v1";
    public static final String ENFORCEMENT_SANCTIONS = "numguard.enforcement.sanctions.v1";
    public static final String ENFORCEMENT_REFERRALS = "numguard.enforcement.referrals.v1";

    public static final List<String> ALL = List.of(REGISTRY_SEGMENTS, REGISTRY_LICENSEES, COMPLAINT_SIGNALS,
            REPUTATION_LABELS, ENFORCEMENT_ORDERS, ENFORCEMENT_SANCTIONS, ENFORCEMENT_REFERRALS);

    public static final List<String> COMPACTED = List.of(REPUTATION_LABELS);

    private Topics() {
    }

    /** Where a record that cannot be parsed or fails validation goes, with the reason in a header. */
    public static String dlq(String topic) {
        return topic + ".dlq";
    }
}

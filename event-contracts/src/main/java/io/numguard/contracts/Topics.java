package io.numguard.contracts;

import java.util.List;
import java.util.Map;

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

    /** The parties of the bus table of ARCHITECTURE.md, by the short name the table uses. */
    public static final String REGISTRY = "registry";
    public static final String COMPLAINT = "complaint";
    public static final String ENFORCEMENT = "enforcement";
    /** Every carrier's own system (clients carrier-ct, carrier-cm, carrier-cu). */
    public static final String CARRIERS = "carriers";
    /** Police read sanctions through their own systems; they have no broker client of numguard's realm yet. */
    public static final String POLICE = "police";

    /** Who writes a topic and who reads it: the "producer → consumers" column of ARCHITECTURE.md's bus table. */
    public record Flow(String producer, List<String> consumers) {
    }

    public static final Map<String, Flow> FLOWS = Map.of(
            REGISTRY_SEGMENTS, new Flow(REGISTRY, List.of(COMPLAINT, ENFORCEMENT, CARRIERS)),
            REGISTRY_LICENSEES, new Flow(REGISTRY, List.of(ENFORCEMENT)),
            COMPLAINT_SIGNALS, new Flow(COMPLAINT, List.of(ENFORCEMENT)),
            REPUTATION_LABELS, new Flow(COMPLAINT, List.of(CARRIERS)),
            ENFORCEMENT_ORDERS, new Flow(ENFORCEMENT, List.of(REGISTRY)),
            ENFORCEMENT_SANCTIONS, new Flow(ENFORCEMENT, List.of(REGISTRY, CARRIERS, POLICE)),
            ENFORCEMENT_REFERRALS, new Flow(ENFORCEMENT, List.of(COMPLAINT)));

    /** The broker clients (OAuth client ids, = Kafka principals) that carriers use, per ARCHITECTURE.md. */
    public static final List<String> CARRIER_CLIENTS = List.of("carrier-ct", "carrier-cm", "carrier-cu");

    private Topics() {
    }

    /** Where a record that cannot be parsed or fails validation goes, with the reason in a header. */
    public static String dlq(String topic) {
        return topic + ".dlq";
    }
}

package io.numguard.contracts;

import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.contracts.events.ReputationLabelChanged;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.SanctionImposed;
import io.numguard.contracts.events.SanctionLifted;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SubNumberFiled;
import io.numguard.contracts.events.ThresholdExceeded;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents type of the contract, with the topic it travels on and the record its data binds to.
 * The wire name is {@code io.numguard.<name>.v1}; the record key is the aggregate's id.
 */
public enum EventType {
    SEGMENT_ALLOCATED("segment.allocated", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_EXPANDED("segment.expanded", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_SUSPENDED("segment.suspended", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_REINSTATED("segment.reinstated", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_REVOKED("segment.revoked", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_EXPIRED("segment.expired", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_RELEASED("segment.released", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    SEGMENT_OUTBOUND_CHANGED("segment.outbound-changed", Topics.REGISTRY_SEGMENTS, SegmentChanged.class),
    /** Not a state change of the segment: its data is {@link SubNumberFiled}, not {@link SegmentChanged}. */
    SEGMENT_SUB_NUMBER_FILED("segment.sub-number-filed", Topics.REGISTRY_SEGMENTS, SubNumberFiled.class),

    LICENSEE_REGISTERED("licensee.registered", Topics.REGISTRY_LICENSEES, LicenseeRegistered.class),
    LICENSEE_CONTROL_CHANGED("licensee.control-changed", Topics.REGISTRY_LICENSEES, LicenseeControlChanged.class),

    SIGNAL_THRESHOLD_EXCEEDED("signal.threshold-exceeded", Topics.COMPLAINT_SIGNALS, ThresholdExceeded.class),
    SIGNAL_ROBOCALL_SUSPECTED("signal.robocall-suspected", Topics.COMPLAINT_SIGNALS, RobocallSuspected.class),

    REPUTATION_LABEL("reputation.label", Topics.REPUTATION_LABELS, ReputationLabelChanged.class),

    ORDER_SUSPEND("order.suspend", Topics.ENFORCEMENT_ORDERS, Order.class),
    ORDER_REVOKE("order.revoke", Topics.ENFORCEMENT_ORDERS, Order.class),
    ORDER_REINSTATE("order.reinstate", Topics.ENFORCEMENT_ORDERS, Order.class),

    SANCTION_IMPOSED("sanction.imposed", Topics.ENFORCEMENT_SANCTIONS, SanctionImposed.class),
    SANCTION_LIFTED("sanction.lifted", Topics.ENFORCEMENT_SANCTIONS, SanctionLifted.class),

    REFERRAL_RECEIVED("referral.received", Topics.ENFORCEMENT_REFERRALS, ReferralReceived.class);

    public static final String PREFIX = "io.numguard.";
    public static final String SUFFIX = ".v1";

    private final String shortName;
    private final String topic;
    private final Class<? extends Record> dataType;

    EventType(String shortName, String topic, Class<? extends Record> dataType) {
        this.shortName = shortName;
        this.topic = topic;
        this.dataType = dataType;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code io.numguard.segment.revoked.v1}. */
    public String wireName() {
        return PREFIX + shortName + SUFFIX;
    }

    public String shortName() {
        return shortName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataType() {
        return dataType;
    }

    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst();
    }
}

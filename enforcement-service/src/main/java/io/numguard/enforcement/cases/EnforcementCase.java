package io.numguard.enforcement.cases;

import io.numguard.enforcement.common.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case against a segment or a licensee. Immutable: every change gives a new instance (through
 * {@link CaseWorkflow}, {@link CaseIntake} or the small methods here). Rebuilt from storage with the canonical
 * constructor, which checks the invariants.
 *
 * @param licenseeUscc          the licensee concerned, null when the segment's holder is not known
 * @param province              province of the licensee; {@code CN} when not known, so that only the ministry acts
 * @param segmentCodes          the segments an order would apply to: the segment, or the licensee's segments
 * @param pendingProposal       the proposal awaiting approval; present exactly in the *_PROPOSED states
 * @param rectificationDeadline when the licensee must have rectified; present exactly in RECTIFICATION_ORDERED
 * @param orderIds              orders issued on this case, oldest first
 */
public record EnforcementCase(
        String id,
        CaseSubject subject,
        String licenseeUscc,
        String province,
        List<String> segmentCodes,
        CaseState state,
        Instant openedAt,
        String openedBy,
        List<CaseTrigger> triggers,
        Proposal pendingProposal,
        Instant rectificationDeadline,
        List<String> orderIds,
        List<Escalation> escalations,
        Instant updatedAt) {

    public EnforcementCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openedBy, "openedBy");
        province = province == null || province.isBlank() ? Actor.MINISTRY : province;
        segmentCodes = segmentCodes == null ? List.of() : List.copyOf(segmentCodes);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        updatedAt = updatedAt == null ? openedAt : updatedAt;
        Optional<ProposalKind> expected = state.pendingProposal();
        if (expected.isPresent() != (pendingProposal != null)
                || (pendingProposal != null && pendingProposal.kind() != expected.get())) {
            throw new IllegalArgumentException("case " + id + " in " + state + " cannot have pending proposal "
                    + pendingProposal);
        }
        if ((state == CaseState.RECTIFICATION_ORDERED) != (rectificationDeadline != null)) {
            throw new IllegalArgumentException("case " + id + " has a rectification deadline exactly when in "
                    + CaseState.RECTIFICATION_ORDERED + "; it is " + state);
        }
    }

    /** A freshly opened case. */
    public static EnforcementCase opened(String id, CaseSubject subject, String licenseeUscc, String province,
                                         List<String> segmentCodes, CaseTrigger trigger, String openedBy) {
        return new EnforcementCase(id, subject, licenseeUscc, province, segmentCodes, CaseState.OPEN, trigger.at(),
                openedBy, List.of(trigger), null, null, List.of(), List.of(), trigger.at());
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean concerns(CaseSubject other) {
        return subject.equals(other);
    }

    /** Whether the licensee's time to rectify has passed (strictly after the deadline) and the case still waits. */
    public boolean rectificationOverdue(Instant now) {
        return state == CaseState.RECTIFICATION_ORDERED && now.isAfter(rectificationDeadline);
    }

    /** The case with one more trigger (a signal or referral attached to it). */
    public EnforcementCase attach(CaseTrigger trigger) {
        List<CaseTrigger> more = new ArrayList<>(triggers);
        more.add(trigger);
        return toBuilder().triggers(more).updatedAt(trigger.at()).build();
    }

    /**
     * The case with these escalation entries recorded. An overdue acknowledgement already escalated (same order,
     * same carrier) is not recorded twice. Allowed in every state, closed included: carriers may fall behind after
     * a case is closed.
     */
    public EnforcementCase recordEscalations(List<Escalation> entries, Instant now) {
        List<Escalation> all = new ArrayList<>(escalations);
        boolean changed = false;
        for (Escalation e : entries) {
            if (all.stream().noneMatch(e::sameMatterAs)) {
                all.add(e);
                changed = true;
            }
        }
        return changed ? toBuilder().escalations(all).updatedAt(now).build() : this;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-and-change helper; {@link #build()} checks the invariants. */
    public static final class Builder {
        private final String id;
        private final CaseSubject subject;
        private final Instant openedAt;
        private final String openedBy;
        private String licenseeUscc;
        private String province;
        private List<String> segmentCodes;
        private CaseState state;
        private List<CaseTrigger> triggers;
        private Proposal pendingProposal;
        private Instant rectificationDeadline;
        private List<String> orderIds;
        private List<Escalation> escalations;
        private Instant updatedAt;

        private Builder(EnforcementCase c) {
            id = c.id;
            subject = c.subject;
            openedAt = c.openedAt;
            openedBy = c.openedBy;
            licenseeUscc = c.licenseeUscc;
            province = c.province;
            segmentCodes = c.segmentCodes;
            state = c.state;
            triggers = c.triggers;
            pendingProposal = c.pendingProposal;
            rectificationDeadline = c.rectificationDeadline;
            orderIds = c.orderIds;
            escalations = c.escalations;
            updatedAt = c.updatedAt;
        }

        public Builder licenseeUscc(String v) {
            licenseeUscc = v;
            return this;
        }

        public Builder province(String v) {
            province = v;
            return this;
        }

        public Builder segmentCodes(List<String> v) {
            segmentCodes = v;
            return this;
        }

        public Builder state(CaseState v) {
            state = v;
            return this;
        }

        public Builder triggers(List<CaseTrigger> v) {
            triggers = v;
            return this;
        }

        public Builder pendingProposal(Proposal v) {
            pendingProposal = v;
            return this;
        }

        public Builder rectificationDeadline(Instant v) {
            rectificationDeadline = v;
            return this;
        }

        public Builder orderIds(List<String> v) {
            orderIds = v;
            return this;
        }

        public Builder escalations(List<Escalation> v) {
            escalations = v;
            return this;
        }

        public Builder updatedAt(Instant v) {
            updatedAt = v;
            return this;
        }

        public EnforcementCase build() {
            return new EnforcementCase(id, subject, licenseeUscc, province, segmentCodes, state, openedAt, openedBy,
                    triggers, pendingProposal, rectificationDeadline, orderIds, escalations, updatedAt);
        }
    }
}

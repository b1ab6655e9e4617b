package io.numguard.enforcement.referral;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.contracts.number.InvalidPhoneNumberException;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.enforcement.cases.CaseIntake;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.CaseTrigger;
import io.numguard.enforcement.cases.IntakeResult;
import io.numguard.enforcement.cases.OpenCases;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.SegmentLookup;
import io.numguard.support.rule.Verdict;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Receives a police referral: validates it, maps each suspect number to its segment (the longest known prefix,
 * through the {@link SegmentLookup} the caller passes), and opens or joins that segment's case, one per segment.
 */
public final class ReferralIntake {
    private final Clock clock;
    private final IdSource ids;
    private final SegmentLookup segments;
    private final CaseIntake caseIntake;

    public ReferralIntake(Clock clock, IdSource ids, SegmentLookup segments, CaseIntake caseIntake) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.segments = Objects.requireNonNull(segments, "segments");
        this.caseIntake = Objects.requireNonNull(caseIntake, "caseIntake");
    }

    /**
     * Refused with {@code role-not-allowed} when the actor is not police or has no agency claim, and with
     * {@code invalid-input} for a missing police case number, a missing or negative loss, no suspect number, or a
     * suspect number that is not a 95 number (the detail says which and why).
     */
    public Verdict<ReferralReceipt> receive(Actor actor, ReferralSubmission submission, OpenCases openCases) {
        if (!actor.has(Role.POLICE)) {
            return Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED, "only police submit referrals");
        }
        if (actor.agency() == null) {
            return Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED, "the token carries no agency claim");
        }
        if (submission.policeCaseNumber() == null || submission.policeCaseNumber().isBlank()) {
            return Verdict.refused(RefusalReason.INVALID_INPUT, "policeCaseNumber is required");
        }
        BigDecimal loss = submission.lossYuan();
        if (loss == null || loss.signum() < 0) {
            return Verdict.refused(RefusalReason.INVALID_INPUT, "lossYuan must be given and be zero or more");
        }
        if (submission.suspectNumbers().isEmpty()) {
            return Verdict.refused(RefusalReason.INVALID_INPUT, "at least one suspect number is required");
        }
        Set<PhoneNumber> numbers = new LinkedHashSet<>();
        for (String raw : submission.suspectNumbers()) {
            try {
                numbers.add(PhoneNumber.parse(raw));
            } catch (InvalidPhoneNumberException e) {
                return Verdict.refused(RefusalReason.INVALID_INPUT,
                        "suspect number '" + raw + "' is not a 95 number: " + e.getMessage());
            }
        }

        Instant now = clock.instant();
        String referralId = ids.newId();
        Map<String, List<String>> bySegment = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (PhoneNumber n : numbers) {
            Optional<KnownSegment> segment = segments.segmentOf(n);
            if (segment.isPresent()) {
                bySegment.computeIfAbsent(segment.get().code(), k -> new ArrayList<>()).add(n.digits());
            } else {
                unmatched.add(n.digits());
            }
        }

        List<IntakeResult> cases = new ArrayList<>();
        List<ReferralLink> links = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : bySegment.entrySet()) {
            CaseTrigger trigger = new CaseTrigger(CaseTrigger.Kind.POLICE_REFERRAL, referralId,
                    "police referral " + referralId + " from " + actor.agency() + " names " + e.getValue(), now);
            IntakeResult result = caseIntake.openOrAttach(CaseSubject.segment(e.getKey()), trigger, openCases);
            cases.add(result);
            decisions.addAll(result.decisions());
            links.add(new ReferralLink(e.getKey(), result.caseAfter().id(), e.getValue()));
        }

        Referral referral = new Referral(referralId, actor.agency(), actor.userId(),
                submission.policeCaseNumber().trim(), loss, numbers.stream().map(PhoneNumber::digits).toList(),
                submission.summary(), now, links, unmatched);
        List<OutgoingEvent> events = new ArrayList<>();
        for (ReferralReceived r : referral.receivedEvents()) {
            events.add(new OutgoingEvent(EventType.REFERRAL_RECEIVED, r.caseId() != null ? r.caseId() : referralId, r));
        }
        return Verdict.allowed(new ReferralReceipt(referral, cases, events, decisions));
    }
}

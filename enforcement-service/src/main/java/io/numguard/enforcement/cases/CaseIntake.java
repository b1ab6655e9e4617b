package io.numguard.enforcement.cases;

import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.ProvinceScope;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.directory.KnownLicensee;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.LicenseeLookup;
import io.numguard.enforcement.directory.SegmentLookup;

import io.numguard.enforcement.sanction.Sanction;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How cases come to be: from complaint signals, from a suspected resale, from police referrals (through
 * {@link #openOrAttach}), or by a regulator's hand. One open case per subject: see {@link CaseOpening}.
 *
 * <p>A case's province and licensee come from what the service knows of the segment or licensee (the lookups). A
 * segment the service does not know yet gets a case anyway, with province {@code CN}, so only the ministry acts on
 * it.
 */
public final class CaseIntake {
    private final Clock clock;
    private final IdSource ids;
    private final SegmentLookup segments;
    private final LicenseeLookup licensees;

    public CaseIntake(Clock clock, IdSource ids, SegmentLookup segments, LicenseeLookup licensees) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.segments = Objects.requireNonNull(segments, "segments");
        this.licensees = Objects.requireNonNull(licensees, "licensees");
    }

    /** {@code signal.threshold-exceeded}: opens or joins the segment's case. */
    public IntakeResult onThresholdExceeded(ThresholdExceeded signal, OpenCases openCases) {
        String what = signal.number() != null ? "number " + signal.number() : "segment " + signal.segmentCode();
        String summary = what + " crossed " + signal.threshold() + " (" + signal.category() + ", " + signal.window()
                + "): weighted " + signal.weightedCount() + " from " + signal.distinctComplainants() + " complainants";
        CaseTrigger trigger = new CaseTrigger(CaseTrigger.Kind.THRESHOLD_EXCEEDED,
                signal.number() != null ? signal.number() : signal.segmentCode(), summary, clock.instant());
        return openOrAttach(CaseSubject.segment(signal.segmentCode()), trigger, openCases);
    }

    /** {@code signal.robocall-suspected}: opens or joins the segment's case. */
    public IntakeResult onRobocallSuspected(RobocallSuspected signal, OpenCases openCases) {
        String summary = (signal.number() != null ? "number " + signal.number() : "segment " + signal.segmentCode())
                + " dials like a robot: " + signal.callsAttempted() + " calls in the hour of " + signal.hour()
                + ", answer rate " + signal.answerRate() + (signal.reason() == null ? "" : "; " + signal.reason());
        CaseTrigger trigger = new CaseTrigger(CaseTrigger.Kind.ROBOCALL_SUSPECTED,
                signal.number() != null ? signal.number() : signal.segmentCode(), summary, clock.instant());
        return openOrAttach(CaseSubject.segment(signal.segmentCode()), trigger, openCases);
    }

    /** {@code licensee.control-changed}: only a change flagged as suspected resale opens (or joins) a licensee case. */
    public IntakeResult onLicenseeControlChanged(LicenseeControlChanged event, OpenCases openCases) {
        if (!event.suspectedResale()) {
            return IntakeResult.ignored();
        }
        String summary = event.change() + " changed"
                + (event.lastAllocationAt() == null ? "" : " within 12 months of the allocation of "
                + event.lastAllocationAt()) + ": suspected resale of " + event.segmentCodes();
        CaseTrigger trigger = new CaseTrigger(CaseTrigger.Kind.RESALE_SUSPECTED, event.uscc(), summary,
                clock.instant());
        CaseSubject subject = CaseSubject.licensee(event.uscc());
        if (CaseOpening.decide(subject, openCases) instanceof CaseOpening.AttachTo a) {
            return attached(a.openCase(), trigger);
        }
        String province = event.province() != null ? event.province()
                : licensees.licensee(event.uscc()).map(KnownLicensee::province).orElse(null);
        return opened(subject, event.uscc(), province, event.segmentCodes(), trigger, Actor.system());
    }

    /**
     * Joint punishment reaches every segment the sanctioned licensee holds: each gets its case opened, or the
     * sanction attached to its open case, so that a regulator looks at what the licensee still runs. The case the
     * sanction came from (a fraud revocation's) is left as it is.
     */
    public IntakeResult onSanctionImposed(Sanction sanction, String segmentCode, OpenCases openCases) {
        CaseSubject subject = CaseSubject.segment(segmentCode);
        if (sanction.caseId() != null && openCases.openCaseFor(subject).map(EnforcementCase::id)
                .filter(sanction.caseId()::equals).isPresent()) {
            return IntakeResult.ignored();
        }
        CaseTrigger trigger = new CaseTrigger(CaseTrigger.Kind.SANCTION_IMPOSED, sanction.sanctionId(),
                "licensee " + sanction.uscc() + " is under sanction " + sanction.sanctionId() + " ("
                        + sanction.reason() + "); joint punishment reaches its segment " + segmentCode,
                clock.instant());
        return openOrAttach(subject, trigger, openCases);
    }

    /** Opens a case for the subject or attaches the trigger to its open case; the service acting by itself. */
    public IntakeResult openOrAttach(CaseSubject subject, CaseTrigger trigger, OpenCases openCases) {
        if (CaseOpening.decide(subject, openCases) instanceof CaseOpening.AttachTo a) {
            return attached(a.openCase(), trigger);
        }
        return openNew(subject, trigger, Actor.system());
    }

    /**
     * A regulator opens a case by hand. Refused when the actor is not a regulator ({@code role-not-allowed}), the
     * subject is in another province ({@code outside-province}), no reason is given ({@code reason-required}), or
     * the subject already has an open case ({@code case-already-open}, the detail names it).
     */
    public Verdict<IntakeResult> openByHand(Actor actor, CaseSubject subject, String reason, OpenCases openCases) {
        if (!actor.hasAny(CasePolicies.rolesToOpenByHand())) {
            return Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED, "only a regulator may open a case");
        }
        Verdict<Nothing> inProvince = ProvinceScope.check(actor, provinceOf(subject));
        if (inProvince instanceof Verdict.Refused<Nothing> refused) {
            return refused.retyped();
        }
        if (reason == null || reason.isBlank()) {
            return Verdict.refused(RefusalReason.REASON_REQUIRED, "opening a case needs a reason");
        }
        Optional<EnforcementCase> existing = openCases.openCaseFor(subject).filter(EnforcementCase::isOpen);
        if (existing.isPresent()) {
            return Verdict.refused(RefusalReason.CASE_ALREADY_OPEN,
                    subject + " already has open case " + existing.get().id());
        }
        CaseTrigger trigger = new CaseTrigger(CaseTrigger.Kind.REGULATOR, actor.userId(), reason.trim(),
                clock.instant());
        return Verdict.allowed(openNew(subject, trigger, actor));
    }

    private String provinceOf(CaseSubject subject) {
        return subject.isSegment()
                ? segments.segmentByCode(subject.id()).map(KnownSegment::province).orElse(null)
                : licensees.licensee(subject.id()).map(KnownLicensee::province).orElse(null);
    }

    private IntakeResult openNew(CaseSubject subject, CaseTrigger trigger, Actor by) {
        if (subject.isSegment()) {
            Optional<KnownSegment> segment = segments.segmentByCode(subject.id());
            return opened(subject, segment.map(KnownSegment::licenseeUscc).orElse(null),
                    segment.map(KnownSegment::province).orElse(null), List.of(subject.id()), trigger, by);
        }
        Optional<KnownLicensee> licensee = licensees.licensee(subject.id());
        return opened(subject, subject.id(), licensee.map(KnownLicensee::province).orElse(null),
                licensee.map(KnownLicensee::segmentCodes).orElse(List.of()), trigger, by);
    }

    private IntakeResult opened(CaseSubject subject, String licenseeUscc, String province, List<String> segmentCodes,
                                CaseTrigger trigger, Actor by) {
        EnforcementCase c = EnforcementCase.opened(ids.newId(), subject, licenseeUscc, province, segmentCodes,
                trigger, by.userId());
        Instant now = trigger.at();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("caseSubject", subject.toString());
        details.put("licenseeUscc", licenseeUscc);
        details.put("province", c.province());
        details.put("segmentCodes", String.join(",", c.segmentCodes()));
        details.put("trigger", trigger.kind().name());
        details.put("reference", trigger.reference());
        details.put("summary", trigger.summary());
        Decision decision = Decision.of(now, by.userId(), DecisionKind.CASE_OPENED, CaseWorkflow.subject(c.id()),
                details);
        return new IntakeResult(IntakeResult.Disposition.OPENED, c, List.of(decision));
    }

    private static IntakeResult attached(EnforcementCase open, CaseTrigger trigger) {
        return new IntakeResult(IntakeResult.Disposition.ATTACHED, open.attach(trigger), List.of());
    }
}

package io.numguard.enforcement.cases.service;

import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.enforcement.cases.CaseAction;
import io.numguard.enforcement.cases.CaseChange;
import io.numguard.enforcement.cases.CaseCommand;
import io.numguard.enforcement.cases.CaseIntake;
import io.numguard.enforcement.cases.CasePolicies;
import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.CaseWorkflow;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.Escalation;
import io.numguard.enforcement.cases.IntakeResult;
import io.numguard.enforcement.cases.OpenCases;
import io.numguard.enforcement.cases.persistence.CaseRepository;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.ProvinceScope;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.service.Effects;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.directory.KnownLicensee;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.persistence.DirectoryRepository;
import io.numguard.enforcement.sanction.Sanction;
import io.numguard.enforcement.sanction.persistence.SanctionRepository;
import io.numguard.enforcement.common.service.Verdicts;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Cases: opened by hand or from events, moved along the workflow table. Every change is saved in one transaction
 * with its outbox rows (orders, sanctions) and its decision-log entries.
 */
@ApplicationScoped
@Transactional
public class CaseService {
    @Inject
    CaseRepository cases;
    @Inject
    SanctionRepository sanctions;
    @Inject
    CaseIntake intake;
    @Inject
    CaseWorkflow workflow;
    @Inject
    Effects effects;
    @Inject
    DirectoryRepository directory;
    @Inject
    java.time.Clock clock;

    /** A case and the orders issued on it. */
    public record CaseDetails(EnforcementCase enforcementCase, List<Order> orders) {
    }

    /** A regulator opens a case by hand; refused with the domain's reason (role, province, reason, already open). */
    public EnforcementCase openByHand(Actor actor, CaseSubject subject, String reason) {
        cases.lockSubject(subject);
        IntakeResult result = Verdicts.valueOrThrow(intake.openByHand(actor, subject, reason,
                cases.openCases()));
        save(result);
        return result.caseAfter();
    }

    /** One workflow action. The case row is locked for the transaction, so actions on a case are serial. */
    public CaseChange act(Actor actor, String caseId, CaseCommand command) {
        // who you are before whether the case exists
        Verdicts.require(CasePolicies.roleMayTakeAction(actor, command.action()));
        EnforcementCase c = refreshed(cases.findForUpdate(caseId)
                .orElseThrow(() -> ProblemException.notFound("case", caseId)));
        CaseChange change = Verdicts.valueOrThrow(workflow.act(c, actor, command));
        cases.save(change.caseAfter());
        for (Order order : change.orders()) {
            cases.saveOrder(order);
        }
        for (Sanction sanction : change.sanctions()) {
            sanctions.save(sanction);
        }
        effects.record(change.events(), change.decisions());
        change.sanctions().forEach(this::onSanctionImposed);
        return change;
    }

    /**
     * The service escalates, as {@code system}, every case whose licensee did not rectify by the deadline: back to
     * investigation with a RECTIFICATION_NOT_DONE escalation, logged like any action.
     *
     * @return the cases escalated
     */
    public List<String> escalateOverdueRectifications() {
        List<String> ids = cases.rectificationOverdueIds(clock.instant(), 200);
        for (String id : ids) {
            act(Actor.system(), id, CaseCommand.of(CaseAction.ESCALATE, "the rectification deadline passed"));
        }
        return ids;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseDetails get(Actor actor, String caseId) {
        EnforcementCase c = refreshed(cases.find(caseId).orElseThrow(() -> ProblemException.notFound("case", caseId)));
        Verdicts.require(ProvinceScope.check(actor, c.province()));
        return new CaseDetails(c, cases.ordersOf(c.id()));
    }

    /** A regulator's own province, every province for the ministry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnforcementCase> list(Actor actor, CaseState state, PageRequest page) {
        if (!actor.isMinistry() && actor.province() == null) {
            throw Verdicts.problem(RefusalReason.OUTSIDE_PROVINCE, actor.userId()
                    + " has no province claim");
        }
        return cases.list(actor.isMinistry() ? null : actor.province(), state, page);
    }

    /** How many cases of the caller's province (the ministry: all) are in each state; every state, zeros too. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<CaseState, Long> countsByState(Actor actor) {
        if (!actor.isMinistry() && actor.province() == null) {
            throw Verdicts.problem(RefusalReason.OUTSIDE_PROVINCE, actor.userId()
                    + " has no province claim");
        }
        var counts = new java.util.EnumMap<CaseState, Long>(CaseState.class);
        for (CaseState st : CaseState.values()) {
            counts.put(st, 0L);
        }
        counts.putAll(cases.countsByState(actor.isMinistry() ? null : actor.province()));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Order> ordersOf(String caseId) {
        return cases.ordersOf(caseId);
    }

    /**
     * Complaint signals ({@link ThresholdExceeded}, {@link RobocallSuspected}), in order, in the caller's
     * transaction: each opens its segment's case or attaches to the open one, as one by one would, but the poll's
     * subjects are locked (in one global order, so two polls never deadlock), their open cases read in one query,
     * every changed case written once and the decisions appended together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IntakeResult> onSignals(List<? extends Record> signals) {
        SortedSet<String> codes = new TreeSet<>();
        for (Record signal : signals) {
            codes.add(segmentOf(signal));
        }
        for (String code : codes) {
            cases.lockSubject(CaseSubject.segment(code));
        }
        Map<CaseSubject, EnforcementCase> open = cases.openCasesOfSegments(codes);
        OpenCases view = subject -> Optional.ofNullable(open.get(subject));
        Map<String, EnforcementCase> changed = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>();
        List<IntakeResult> results = new ArrayList<>(signals.size());
        for (Record signal : signals) {
            IntakeResult r = signal instanceof ThresholdExceeded t ? intake.onThresholdExceeded(t, view)
                    : intake.onRobocallSuspected((RobocallSuspected) signal, view);
            r.affectedCase().ifPresent(c -> {
                changed.put(c.id(), c);
                open.put(c.subject(), c);
            });
            decisions.addAll(r.decisions());
            results.add(r);
        }
        changed.values().forEach(cases::save);
        effects.record(List.of(), decisions);
        return results;
    }

    private static String segmentOf(Record signal) {
        if (signal instanceof ThresholdExceeded t) {
            return t.segmentCode();
        }
        if (signal instanceof RobocallSuspected r) {
            return r.segmentCode();
        }
        throw new IllegalArgumentException("not a complaint signal: " + signal.getClass().getSimpleName());
    }

    /**
     * Joint punishment reaches every segment the licensee holds (as the segment events told the directory): each
     * segment's case is opened, or the sanction attached to its open case, in the sanction's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IntakeResult> onSanctionImposed(Sanction sanction) {
        List<IntakeResult> results = new ArrayList<>();
        for (String code : new TreeSet<>(directory.segmentCodesOf(sanction.uscc()))) { // locks in one global order
            cases.lockSubject(CaseSubject.segment(code));
            results.add(save(intake.onSanctionImposed(sanction, code, cases.openCases())));
        }
        return results;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeResult onLicenseeControlChanged(LicenseeControlChanged event) {
        cases.lockSubject(CaseSubject.licensee(event.uscc()));
        return save(intake.onLicenseeControlChanged(event, cases.openCases()));
    }

    /** Records escalations (overdue acknowledgements) on a case, whatever its state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EnforcementCase> recordEscalations(String caseId, List<Escalation> escalations, Instant now) {
        return cases.findForUpdate(caseId).map(c -> {
            EnforcementCase after = c.recordEscalations(escalations, now);
            cases.save(after);
            return after;
        });
    }

    /** After a registry event: the subject's open case takes what the directory now knows (see {@link #refreshed}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshOpenCase(CaseSubject subject) {
        cases.lockSubject(subject);
        cases.openCases().openCaseFor(subject).ifPresent(c -> {
            EnforcementCase after = refreshed(c);
            if (after != c) {
                cases.save(after);
            }
        });
    }

    /**
     * The case with what the directory has learned since it opened: the province and licensee of a subject that was
     * unknown then (province CN stood for "not known yet"), and the current segments of a licensee case, so that an
     * approval orders on the segments the licensee holds now.
     */
    EnforcementCase refreshed(EnforcementCase c) {
        EnforcementCase.Builder b = c.toBuilder();
        boolean changed = false;
        if (c.subject().isSegment()) {
            Optional<KnownSegment> segment = directory.segmentByCode(c.subject().id());
            if (segment.isPresent()) {
                if (Actor.MINISTRY.equals(c.province()) && segment.get().province() != null) {
                    b.province(segment.get().province());
                    changed = true;
                }
                if (c.licenseeUscc() == null && segment.get().licenseeUscc() != null) {
                    b.licenseeUscc(segment.get().licenseeUscc());
                    changed = true;
                }
            }
        } else {
            Optional<KnownLicensee> licensee = directory.licensee(c.subject().id());
            if (licensee.isPresent()) {
                if (Actor.MINISTRY.equals(c.province()) && licensee.get().province() != null
                        && !Actor.MINISTRY.equals(licensee.get().province())) {
                    b.province(licensee.get().province());
                    changed = true;
                }
                if (!licensee.get().segmentCodes().isEmpty()
                        && !licensee.get().segmentCodes().equals(c.segmentCodes())) {
                    b.segmentCodes(licensee.get().segmentCodes());
                    changed = true;
                }
            }
        }
        return changed ? b.build() : c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeResult save(IntakeResult result) {
        result.affectedCase().ifPresent(cases::save);
        effects.record(List.of(), result.decisions());
        return result;
    }
}

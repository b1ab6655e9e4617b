package io.numguard.enforcement.referral.service;

import io.numguard.contracts.number.InvalidPhoneNumberException;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.contracts.events.Order;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.IntakeResult;
import io.numguard.enforcement.cases.persistence.CaseRepository;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.service.Effects;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.persistence.DirectoryRepository;
import io.numguard.enforcement.referral.Referral;
import io.numguard.enforcement.referral.ReferralAccess;
import io.numguard.enforcement.referral.ReferralIntake;
import io.numguard.enforcement.referral.ReferralReceipt;
import io.numguard.enforcement.referral.ReferralSubmission;
import io.numguard.enforcement.referral.persistence.ReferralRepository;
import io.numguard.support.problem.ProblemException;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.enforcement.common.service.Verdicts;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.TreeSet;

/** Police referrals: each suspect number's segment gets its case opened or joined; read by the referring agency. */
@ApplicationScoped
@Transactional
public class ReferralService {
    @Inject
    ReferralRepository referrals;
    @Inject
    CaseRepository cases;
    @Inject
    CaseService caseService;
    @Inject
    DirectoryRepository directory;
    @Inject
    ReferralIntake referralIntake;
    @Inject
    Effects effects;

    /** A linked case as the referring agency sees it: where it stands and what was ordered. */
    public record LinkedCase(String caseId, String segmentCode, List<String> numbers, String state,
                             List<Order> orders) {
    }

    public record ReferralDetails(Referral referral, List<LinkedCase> cases) {
    }

    public Referral receive(Actor actor, ReferralSubmission submission) {
        // lock the subjects the referral may open or join, in a fixed order, before deciding open-or-attach
        TreeSet<String> segments = new TreeSet<>();
        for (String raw : submission.suspectNumbers()) {
            try {
                directory.segmentOf(PhoneNumber.parse(raw)).map(KnownSegment::code).ifPresent(segments::add);
            } catch (InvalidPhoneNumberException e) {
                // the domain refuses it below, with the reason
            }
        }
        segments.forEach(code -> cases.lockSubject(CaseSubject.segment(code)));
        ReferralReceipt receipt = Verdicts.valueOrThrow(referralIntake.receive(actor, submission,
                cases.openCases()));
        referrals.save(receipt.referral());
        for (IntakeResult r : receipt.cases()) {
            r.affectedCase().ifPresent(cases::save);
        }
        effects.record(receipt.events(), receipt.decisions());
        return receipt.referral();
    }

    /**
     * Police see their agency's referrals; a regulator those that joined a case of its province (the ministry all).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReferralDetails> list(Actor actor, PageRequest page) {
        if (actor.has(Role.POLICE)) {
            if (actor.agency() == null) {
                throw Verdicts.problem(RefusalReason.ROLE_NOT_ALLOWED, actor.userId()
                        + " has no agency claim");
            }
            return referrals.list(actor.agency(), null, page).map(this::details);
        }
        if (!actor.isMinistry() && actor.province() == null) {
            throw Verdicts.problem(RefusalReason.OUTSIDE_PROVINCE, actor.userId()
                    + " has no province claim");
        }
        return referrals.list(null, actor.isMinistry() ? null : actor.province(), page).map(this::details);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferralDetails get(Actor actor, String id) {
        Referral referral = referrals.find(id).orElseThrow(() -> ProblemException.notFound("referral", id));
        Verdicts.require(ReferralAccess.mayRead(actor, referral));
        return details(referral);
    }

    private ReferralDetails details(Referral referral) {
        List<LinkedCase> linked = referral.links().stream().map(l -> new LinkedCase(l.caseId(), l.segmentCode(),
                l.numbers(), cases.find(l.caseId()).map(EnforcementCase::state).map(Enum::name).orElse(null),
                cases.ordersOf(l.caseId()))).toList();
        return new ReferralDetails(referral, linked);
    }
}

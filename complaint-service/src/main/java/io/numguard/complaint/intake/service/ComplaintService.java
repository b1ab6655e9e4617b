package io.numguard.complaint.intake.service;

import io.numguard.complaint.intake.BatchResult;
import io.numguard.complaint.intake.BatchRow;
import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.CarrierMarkRow;
import io.numguard.complaint.intake.ComplainantHasher;
import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintIntake;
import io.numguard.complaint.intake.IntakeRefusalReason;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.support.rule.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Intake of the three sources: a citizen's complaint, a carrier's batch of marks, a police referral. */
@ApplicationScoped
public class ComplaintService {
    private static final Logger LOG = Logger.getLogger(ComplaintService.class);
    /** Per-batch phase timings at DEBUG (see numguard.phase-log-level). */
    private static final Logger PHASES = Logger.getLogger("io.numguard.complaint.phases");

    @Inject
    ComplaintIntake intake;
    @Inject
    IntakeRules rules;
    @Inject
    ComplainantHasher hasher;
    @Inject
    ComplaintRecorder recorder;
    @Inject
    Clock clock;

    public record CitizenComplaint(String number, String category, Instant calledAt, String text,
                                   String claimedIdentity, String complainantPhone) {
    }

    public record CitizenReceipt(long id, String number, String segmentCode, String category, Instant receivedAt,
                                 boolean counted) {
    }

    /** One outcome per submitted row, in input order. */
    public record MarkOutcome(int row, String number, boolean accepted, boolean counted, String reason,
                              String detail) {
    }

    /**
     * @param identity the citizen's login (token subject): the complainant, hashed; never stored raw
     * @throws RateLimitedException when the citizen complained too often
     */
    @Transactional
    public CitizenReceipt submitCitizen(String identity, CitizenComplaint c) {
        String phoneHash = null;
        if (c.complainantPhone() != null && !c.complainantPhone().isBlank()) {
            if (ComplainantHasher.canonical(c.complainantPhone()).isEmpty()) {
                throw IntakeProblems.of(IntakeRefusalReason.INVALID_COMPLAINANT,
                        "complainantPhone is not a phone number");
            }
            phoneHash = hasher.hash(c.complainantPhone());
        }
        // calledAt is the citizen's account, stored as told; the complaint counts at the time it is made. Only a
        // call in the future is refused: an old call may still be worth reporting.
        if (c.calledAt() != null) {
            if (rules.checkTime(c.calledAt(), clock.instant()) instanceof Verdict.Refused<Instant> badTime
                    && badTime.reason() == IntakeRefusalReason.TIME_IN_FUTURE) {
                throw IntakeProblems.of(badTime.reason(), "calledAt: " + badTime.detail());
            }
        }
        Verdict<Complaint> verdict = intake.citizenIdentified(c.number(), c.category(),
                hasher.hashIdentity(identity));
        if (verdict instanceof Verdict.Refused<Complaint> refused) {
            throw IntakeProblems.of(refused);
        }
        Complaint complaint = verdict.value();
        String segment = recorder.segmentOf(complaint.number());
        ComplaintRecorder.Recorded rec = recorder.record(List.of(new ComplaintStore.Row(complaint, segment,
                phoneHash, c.calledAt(), c.text(), c.claimedIdentity(), null)), clock.instant()).get(0);
        return new CitizenReceipt(rec.id(), complaint.number().digits(), segment, complaint.category().name(),
                complaint.at(), rec.counted());
    }

    /**
     * A carrier's marks: every row accepted or rejected on its own; the accepted ones are stored all together or
     * not at all (one transaction).
     */
    @Transactional
    public List<MarkOutcome> submitMarks(String carrierId, List<CarrierMarkRow> rows) {
        BatchResult<Complaint> result;
        long t0 = System.nanoTime();
        try {
            result = intake.carrierBatch(carrierId, rows);
        } catch (BatchTooLargeException e) {
            throw IntakeProblems.of(e);
        }
        List<ComplaintStore.Row> toStore = new ArrayList<>();
        for (Complaint c : result.acceptedValues()) {
            toStore.add(new ComplaintStore.Row(c, recorder.segmentOf(c.number()), null, null, null, null, null));
        }
        long t1 = System.nanoTime();
        List<ComplaintRecorder.Recorded> recorded = recorder.record(toStore, clock.instant());
        List<MarkOutcome> out = new ArrayList<>(result.rows().size());
        int next = 0;
        for (BatchRow<Complaint> row : result.rows()) {
            if (row.outcome() instanceof Verdict.Allowed<Complaint> a) {
                out.add(new MarkOutcome(row.row(), a.value().number().digits(), true,
                        recorded.get(next++).counted(), null, null));
            } else {
                Verdict.Refused<Complaint> r = row.outcome().refusal().orElseThrow();
                String raw = rows.get(row.row()) == null ? null : rows.get(row.row()).number();
                out.add(new MarkOutcome(row.row(), raw, false, false, r.reason().slug(), r.detail()));
            }
        }
        if (PHASES.isDebugEnabled()) {
            PHASES.debugf("%d marks: validate %d ms, until commit %d ms", rows.size(), (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return out;
    }

    /** The suspect numbers of a police referral, each a FRAUD complaint with the police weight, once per referral. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int submitReferral(ReferralReceived referral) {
        BatchResult<Complaint> result = intake.referral(referral);
        for (BatchRow<Complaint> bad : result.rejectedRows()) {
            LOG.warnf("referral %s: suspect number #%d skipped: %s", referral.referralId(), bad.row(),
                    bad.outcome().refusal().orElseThrow().detail());
        }
        List<ComplaintStore.Row> toStore = new ArrayList<>();
        for (Complaint c : result.acceptedValues()) {
            toStore.add(new ComplaintStore.Row(c, recorder.segmentOf(c.number()), null, null,
                    referral.policeCaseNumber(), null, referral.referralId()));
        }
        return (int) recorder.record(toStore, clock.instant()).stream().filter(ComplaintRecorder.Recorded::counted)
                .count();
    }
}

package io.numguard.enforcement.testing;

import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.CaseTrigger;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.Proposal;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.directory.KnownLicensee;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.LicenseeLookup;
import io.numguard.enforcement.directory.SegmentLookup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The cast of the story in ARCHITECTURE.md: licensee A in Fujian holding 95123, carried by CT and CM. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    public static final String USCC_A = "91350100MA2XYZ1234";
    public static final String USCC_B = "91440300MA5ABC6789";
    public static final String LEGAL_REP_HASH_A = "sha256:legal-rep-of-A";
    public static final String SEGMENT = "95123";
    public static final String OTHER_SEGMENT = "95888";
    public static final String GD_SEGMENT = "95777";

    public static final Actor REGULATOR_FJ = Actor.regulator("regulator.fj", "FJ");
    public static final Actor REGULATOR_FJ2 = Actor.regulator("regulator.fj2", "FJ");
    public static final Actor REGULATOR_CN = Actor.regulator("regulator.cn", "CN");
    public static final Actor REGULATOR_GD = Actor.regulator("regulator.gd", "GD");
    public static final Actor POLICE_FZ = Actor.police("police.fz", "FZ-PSB");
    public static final Actor CARRIER_CT = Actor.carrier("carrier.ct", "CT");
    public static final Actor CARRIER_CM = Actor.carrier("carrier.cm", "CM");
    public static final Actor CARRIER_CU = Actor.carrier("carrier.cu", "CU");

    public static final KnownSegment KNOWN_SEGMENT = new KnownSegment(SEGMENT, USCC_A, "FJ", List.of("CT", "CM"));
    public static final KnownSegment KNOWN_OTHER = new KnownSegment(OTHER_SEGMENT, USCC_A, "FJ", List.of("CT"));
    public static final KnownSegment KNOWN_GD = new KnownSegment(GD_SEGMENT, USCC_B, "GD", List.of("CU"));
    public static final KnownLicensee LICENSEE_A = new KnownLicensee(USCC_A, "FJ", LEGAL_REP_HASH_A,
            List.of(SEGMENT, OTHER_SEGMENT));
    public static final KnownLicensee LICENSEE_B = new KnownLicensee(USCC_B, "GD", "sha256:legal-rep-of-B",
            List.of(GD_SEGMENT));

    public static SegmentLookup segments() {
        return SegmentLookup.of(KNOWN_SEGMENT, KNOWN_OTHER, KNOWN_GD);
    }

    public static LicenseeLookup licensees() {
        return LicenseeLookup.of(LICENSEE_A, LICENSEE_B);
    }

    /** A case on segment 95123 (Fujian) in the given state, with what that state requires (proposal, deadline). */
    public static EnforcementCase segmentCaseIn(CaseState state) {
        return caseIn("case-1", CaseSubject.segment(SEGMENT), USCC_A, "FJ", List.of(SEGMENT), state);
    }

    public static EnforcementCase caseIn(String id, CaseSubject subject, String uscc, String province,
                                         List<String> segmentCodes, CaseState state) {
        EnforcementCase opened = EnforcementCase.opened(id, subject, uscc, province, segmentCodes,
                new CaseTrigger(CaseTrigger.Kind.THRESHOLD_EXCEEDED, SEGMENT, "threshold crossed", T0),
                Actor.SYSTEM_USER);
        EnforcementCase.Builder b = opened.toBuilder().state(state);
        state.pendingProposal().ifPresent(kind ->
                b.pendingProposal(new Proposal(kind, REGULATOR_FJ.userId(), "proposed for the test", false, T0)));
        if (state == CaseState.RECTIFICATION_ORDERED) {
            b.rectificationDeadline(T0.plus(Duration.ofDays(15)));
        }
        return b.build();
    }

    private Fixtures() {
    }
}

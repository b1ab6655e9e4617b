package io.numguard.registry;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.CallCentreLicence;
import io.numguard.registry.licensee.LegalRepresentativeHash;
import io.numguard.registry.licensee.LegalRepresentativeHasher;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.NumberPlan;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.sanction.ActiveSanctions;
import io.numguard.registry.segment.AllocationFacts;
import io.numguard.registry.segment.AllocationPolicies;
import io.numguard.registry.segment.AllocationRequest;
import io.numguard.registry.segment.Carrier;
import io.numguard.registry.segment.ExistingSegment;
import io.numguard.registry.segment.Segment;
import io.numguard.registry.segment.SegmentLifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared test data. The USCCs are in real format with check characters computed by GB 32100-2015. */
public final class Fixtures {
    /** Licensee A of the story, registered in Fujian. */
    public static final Uscc USCC_A = Uscc.parse("91350100MA34A1B2CU");
    public static final Uscc USCC_B = Uscc.parse("91350200MA2Y3K4L5Y");
    /** A new company that has the same legal representative as A. */
    public static final Uscc USCC_C = Uscc.parse("91350203MA8RN1234K");
    /** Registered in Guangdong. */
    public static final Uscc USCC_GD = Uscc.parse("91440300MA5F00001A");
    /** An end client in Beijing. */
    public static final Uscc USCC_END_CLIENT = Uscc.parse("91110108MA01ABCD2H");

    public static final Province FJ = Province.of("FJ");
    public static final Province GD = Province.of("GD");
    public static final Province CN = Province.NATIONAL;

    public static final LegalRepresentativeHasher HASHER = new LegalRepresentativeHasher("test-pepper");
    public static final LegalRepresentativeHash REP_ZHANG = HASHER.hash("35010219900101123X");
    public static final LegalRepresentativeHash REP_LI = HASHER.hash("350203198505056789");

    /** 2024-03-01 10:00 China time. */
    public static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

    public static final CallCentreLicence LICENCE = new CallCentreLicence("B2-20230001",
            LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));

    public static final NumberPlan PLAN = NumberPlan.defaults();
    public static final SegmentLifecycle LIFECYCLE = new SegmentLifecycle();

    private Fixtures() {
    }

    public static Licensee licensee(Uscc uscc, Province province, LegalRepresentativeHash rep) {
        return Licensee.register(uscc, "Licensee " + uscc, province, rep, LICENCE, List.of("Holding Co"),
                T0.minusSeconds(86_400 * 400L)).licensee();
    }

    public static Licensee licenseeA() {
        return licensee(USCC_A, FJ, REP_ZHANG);
    }

    public static AllocationRequest request(String code, Province regulator, Instant at) {
        return AllocationRequest.inboundOnly(SegmentCode.of(code), Set.of(Carrier.CT), regulator, "regulator.fj",
                at);
    }

    public static AllocationFacts facts(Licensee licensee, List<ExistingSegment> existing,
                                        ActiveSanctions sanctions) {
        return new AllocationFacts(licensee, existing, sanctions);
    }

    /** Segment {@code code} allocated to A at {@link #T0} under every policy. */
    public static Segment allocated(String code) {
        return LIFECYCLE.allocate(request(code, FJ, T0), facts(licenseeA(), List.of(), ActiveSanctions.none()),
                AllocationPolicies.standard(PLAN)).value().segment();
    }
}

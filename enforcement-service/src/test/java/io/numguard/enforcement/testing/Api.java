package io.numguard.enforcement.testing;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.identity.Uscc;
import io.numguard.devstack.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tokens of the demo users, fresh test data, and the registry's events as it would send them, on top of devstack's
 * {@link io.numguard.devstack.testing.Api} (requests as a user, CloudEvents to the broker).
 */
public final class Api extends io.numguard.devstack.testing.Api {
    public static final String AUD = "numguard-enforcement";

    public static final String REGULATOR_FJ = TestTokens.regulator(AUD, "regulator.fj", "FJ");
    public static final String REGULATOR_FJ2 = TestTokens.regulator(AUD, "regulator.fj2", "FJ");
    public static final String REGULATOR_GD = TestTokens.regulator(AUD, "regulator.gd", "GD");
    public static final String REGULATOR_CN = TestTokens.regulator(AUD, "regulator.cn", "CN");
    public static final String POLICE_FZ = TestTokens.police(AUD, "police.fz", "FZ-PSB");
    public static final String POLICE_XM = TestTokens.police(AUD, "police.xm", "XM-PSB");
    public static final String CARRIER_CT = TestTokens.carrier(AUD, "carrier.ct", "CT");
    public static final String CARRIER_CM = TestTokens.carrier(AUD, "carrier.cm", "CM");
    public static final String CARRIER_CU = TestTokens.carrier(AUD, "carrier.cu", "CU");
    public static final String CITIZEN = TestTokens.citizen(AUD, "citizen.demo");
    public static final String LICENSEE = TestTokens.licensee(AUD, "licensee.demo", "91350100MA2XYZ1234");

    private Api() {
    }

    /** A fresh 6-digit segment code, 95 + 4 digits. */
    public static String newSegmentCode() {
        return "95" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }

    public static String newUscc() {
        String digits = Long.toString(Math.abs(ThreadLocalRandom.current().nextLong()) % 1_000_000_000_000L);
        String first17 = "9135" + "0".repeat(12 - digits.length()) + digits + "X";
        return first17 + Uscc.checkCharacter(first17);
    }

    public static void registerLicensee(String uscc, String province, String legalRepHash) {
        send(EventType.LICENSEE_REGISTERED, uscc,
                new LicenseeRegistered(uscc, "Test Call Centre " + uscc, province, legalRepHash, Instant.now()));
    }

    public static void allocateSegment(String code, String uscc, String province, List<String> carriers) {
        send(EventType.SEGMENT_ALLOCATED, code, segment(code, uscc, province, "ALLOCATED", carriers, null, Instant.now()));
    }

    public static SegmentChanged segment(String code, String uscc, String province, String status,
                                         List<String> carriers, String orderId, Instant at) {
        return new SegmentChanged(code, uscc, province, status, carriers, false, true, LocalDate.now().minusDays(30),
                LocalDate.now().plusYears(5), orderId, orderId == null ? null : "enforcement order", at);
    }
}

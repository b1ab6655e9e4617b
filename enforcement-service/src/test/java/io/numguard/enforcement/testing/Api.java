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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

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

    /**
     * A 6-digit segment code, 95 + 4 digits, never handed out before in this test JVM. Random draws collided: a test
     * that had moved the test clock 13 h ahead left a segment whose last change lies in the future, and a later test
     * drawing the same code saw its ALLOCATED event dropped as older than what the directory knows.
     */
    public static String newSegmentCode() {
        int next = SEGMENT_CODES.getAndIncrement();
        if (next >= SEGMENT_CODE_ORDER.length) {
            throw new IllegalStateException("all 9000 test segment codes are used up");
        }
        return "95" + SEGMENT_CODE_ORDER[next];
    }

    private static final AtomicInteger SEGMENT_CODES = new AtomicInteger();
    private static final int[] SEGMENT_CODE_ORDER = shuffled(1000, 10_000);

    private static int[] shuffled(int from, int to) {
        int[] codes = IntStream.range(from, to).toArray();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = codes.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = codes[i];
            codes[i] = codes[j];
            codes[j] = swap;
        }
        return codes;
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

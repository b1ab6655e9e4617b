package io.numguard.bench;

import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.number.PhoneNumber;

import java.util.BitSet;
import java.util.Random;

/**
 * The content the complaint-service benchmarks load, the same for the in-process JMH and the HTTP runs
 * (deterministic, seed 42).
 *
 * <p>Segments: every 95 segment code that can exist, i.e. the 1,000 five-digit codes 95000..95999 and the 10,000
 * six-digit codes 950000..959999 = 11,000 codes. "100,000 segments" cannot be 100,000 distinct codes (the
 * complaint-service keeps one row per code in {@code segment_registry} and one segment row per code in
 * {@code reputation}); 11,000 is every key the segment side of the index can ever hold. Each has a registry state
 * (mostly ALLOCATED; 1 in 20 SUSPENDED, REVOKED or EXPIRED), an outbound flag, and 1 in 4 a segment label.
 *
 * <p>Numbers: 1,000,000 distinct numbers with their own reputation, drawn from the 7- and 8-digit 95 numbers
 * (1,100,000 of those exist), labels NONE 40 %, MARKETING 20 %, HARASSMENT 20 %, SUSPECTED_FRAUD 15 %, FRAUD 5 %.
 */
public final class ReputationDataset {
    public static final int NUMBERS = 1_000_000;
    public static final int FIVE_DIGIT_FIRST = 95_000;
    public static final int SIX_DIGIT_FIRST = 950_000;
    public static final int SEGMENTS = 11_000;

    /** A segment row: code, registry status, outbound flag, expanded flag, and its label (null = none). */
    public record Segment(String code, SegmentStatus status, boolean outbound, boolean expanded, Label label,
                          int score) {
    }

    /** A number row: its digits, label and score. */
    public record Number(String digits, Label label, int score) {
    }

    private ReputationDataset() {
    }

    public static Segment segment(int i) {
        int code = i < 1_000 ? FIVE_DIGIT_FIRST + i : SIX_DIGIT_FIRST + (i - 1_000);
        Random r = new Random(42L * 1_000_003 + code);
        SegmentStatus status = switch (r.nextInt(20)) {
            case 0 -> SegmentStatus.SUSPENDED;
            case 1 -> SegmentStatus.REVOKED;
            case 2 -> SegmentStatus.EXPIRED;
            default -> SegmentStatus.ALLOCATED;
        };
        Label label = null;
        int score = 0;
        if (r.nextInt(4) == 0) {
            label = Label.values()[1 + r.nextInt(Label.values().length - 1)];
            score = 1 + r.nextInt(100);
        }
        return new Segment(Integer.toString(code), status, r.nextBoolean(), r.nextBoolean(), label, score);
    }

    /** The 1,000,000 numbers as int keys (7- and 8-digit numbers starting 95), in a deterministic order. */
    public static int[] numberKeys() {
        // 7-digit: 9,500,000..9,599,999 (100,000); 8-digit: 95,000,000..95,999,999 (1,000,000)
        int space = 1_100_000;
        BitSet skipped = new BitSet(space);
        Random r = new Random(42);
        int toSkip = space - NUMBERS;
        while (toSkip > 0) {
            int i = r.nextInt(space);
            if (!skipped.get(i)) {
                skipped.set(i);
                toSkip--;
            }
        }
        int[] keys = new int[NUMBERS];
        int n = 0;
        for (int i = 0; i < space; i++) {
            if (!skipped.get(i)) {
                keys[n++] = i < 100_000 ? 9_500_000 + i : 95_000_000 + (i - 100_000);
            }
        }
        return keys;
    }

    public static Label numberLabel(int key) {
        int p = Math.floorMod(key * 0x9E3779B9, 100);
        if (p < 40) {
            return Label.NONE;
        } else if (p < 60) {
            return Label.MARKETING;
        } else if (p < 80) {
            return Label.HARASSMENT;
        } else if (p < 95) {
            return Label.SUSPECTED_FRAUD;
        }
        return Label.FRAUD;
    }

    public static int numberScore(int key) {
        return Math.floorMod(key * 31 + 7, 101);
    }

    /** Loads everything into an index the way the service's start-up rebuild does (segments first). */
    public static ReputationIndex load(ReputationIndex index) {
        for (int i = 0; i < SEGMENTS; i++) {
            Segment s = segment(i);
            index.putSegmentRegistryState(s.code(), s.status(), s.outbound(), s.expanded());
        }
        for (int key : numberKeys()) {
            index.putNumberReputation(new PhoneNumber(Integer.toString(key)), numberLabel(key), numberScore(key));
        }
        for (int i = 0; i < SEGMENTS; i++) {
            Segment s = segment(i);
            if (s.label() != null) {
                index.putSegmentReputation(s.code(), s.label(), s.score());
            }
        }
        return index;
    }

    /** Query numbers: uniform over the 7- and 8-digit 95 numbers, so ~91 % have their own entry. */
    public static String[] queries(int count, long seed) {
        Random r = new Random(seed);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            int j = r.nextInt(1_100_000);
            out[i] = Integer.toString(j < 100_000 ? 9_500_000 + j : 95_000_000 + (j - 100_000));
        }
        return out;
    }
}

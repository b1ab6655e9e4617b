package io.numguard.enforcement.decisionlog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;

/**
 * The tamper-evident decision log: each entry carries the SHA-256 of the entry before it, so altering, removing or
 * reordering any entry breaks the chain at that point ({@link DecisionLogVerifier}).
 *
 * <p>The hash is taken over a canonical serialisation in which every field is a netstring
 * ({@code <byte length>:<UTF-8 bytes>,}), so that no two different entries serialise alike whatever characters
 * their fields contain:
 * <pre>
 *   "numguard-decision-v1", sequence (decimal), previous hash (lower-case hex), time (ISO-8601 instant, UTC),
 *   actor, kind (enum name), subject, number of details (decimal), then key, value for each detail sorted by key
 * </pre>
 * An auditor can recompute the chain from the stored rows with this description alone.
 *
 * <p>Appending is not safe to run concurrently: the caller must serialise appends (one writer, or a lock on the
 * head row) so that two entries never claim the same predecessor.
 */
public final class DecisionLog {
    /** Previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);
    static final String FORMAT_TAG = "numguard-decision-v1";

    private DecisionLog() {
    }

    /** The entry that follows {@code previous} (null when the log is empty) and records {@code decision}. */
    public static DecisionLogEntry append(DecisionLogEntry previous, Decision decision) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS_HASH : previous.hash();
        String hash = hash(sequence, previousHash, decision.at(), decision.actor(), decision.kind(),
                decision.subject(), decision.details());
        return new DecisionLogEntry(sequence, previousHash, decision.at(), decision.actor(), decision.kind(),
                decision.subject(), decision.details(), hash);
    }

    /** Appends the decisions in order after {@code previous}; returns the new entries. */
    public static List<DecisionLogEntry> appendAll(DecisionLogEntry previous, List<Decision> decisions) {
        List<DecisionLogEntry> out = new ArrayList<>(decisions.size());
        DecisionLogEntry last = previous;
        for (Decision d : decisions) {
            last = append(last, d);
            out.add(last);
        }
        return List.copyOf(out);
    }

    public static byte[] canonicalForm(long sequence, String previousHash, Instant at, String actor,
                                       DecisionKind kind, String subject, SortedMap<String, String> details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT_TAG);
        field(out, Long.toString(sequence));
        field(out, previousHash);
        field(out, at.toString());
        field(out, actor);
        field(out, kind.name());
        field(out, subject);
        field(out, Integer.toString(details.size()));
        details.forEach((k, v) -> {
            field(out, k);
            field(out, v);
        });
        return out.toByteArray();
    }

    public static String hash(long sequence, String previousHash, Instant at, String actor, DecisionKind kind,
                              String subject, SortedMap<String, String> details) {
        return sha256(canonicalForm(sequence, previousHash, at, actor, kind, subject, details));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
        out.write(',');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

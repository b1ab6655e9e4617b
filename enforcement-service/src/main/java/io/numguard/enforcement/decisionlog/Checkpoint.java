package io.numguard.enforcement.decisionlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The head of the decision log at one moment (its last entry's sequence and hash), signed by the enforcement
 * service with its Ed25519 key. Whoever keeps a checkpoint (a regulator downloads one, the service stores one a
 * minute) can later prove that the log reached at least that entry with that hash: deleting the newest entries, or
 * rewriting them, no longer matches it, and a checkpoint cannot be forged without the private key.
 *
 * @param signature base64 Ed25519 signature over {@link #signedText()}
 */
public record Checkpoint(long sequence, String headHash, Instant at, String signature) {
    public Checkpoint {
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(at, "at");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
    }

    /** What is signed: a fixed tag, then sequence, head hash and time, one per line. */
    public static byte[] signedText(long sequence, String headHash, Instant at) {
        return ("numguard-decision-log-checkpoint/v1\n" + sequence + "\n" + headHash + "\n" + at)
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedText() {
        return signedText(sequence, headHash, at);
    }
}

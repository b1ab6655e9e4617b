package io.numguard.enforcement.decisionlog;

import io.numguard.enforcement.decisionlog.ChainVerification.BreakKind;
import io.numguard.enforcement.decisionlog.ChainVerification.Broken;
import io.numguard.enforcement.decisionlog.ChainVerification.Intact;

import java.util.List;

/**
 * Walks the entries in the order given (the caller loads them ordered by sequence) and reports the first broken
 * link. For each entry, in this order: the sequence continues the previous one; the content matches the entry's
 * hash; the previous hash equals the hash of the entry before. Removing the newest entries cannot be seen from the
 * entries alone: compare {@link Intact#headHash()} with a head hash kept elsewhere.
 */
public final class DecisionLogVerifier {
    private DecisionLogVerifier() {
    }

    /**
     * A chain found intact, held against a signed checkpoint (whose signature the caller has checked): the log must
     * still reach the checkpoint's entry, and that entry must still have the checkpoint's hash.
     *
     * @param hashAtCheckpoint the hash the log holds now at the checkpoint's sequence (empty when there is no entry;
     *                         ignored for a checkpoint of the empty log, sequence 0)
     */
    public static ChainVerification againstCheckpoint(Intact intact, Checkpoint checkpoint,
                                                      java.util.Optional<String> hashAtCheckpoint) {
        if (checkpoint.sequence() > intact.lastSequence()) {
            return new Broken(intact.lastSequence() + 1, BreakKind.TRUNCATED, checkpoint.sequence(),
                    "the log ends at entry " + intact.lastSequence() + " but a checkpoint signed at "
                            + checkpoint.at() + " names entry " + checkpoint.sequence()
                            + ": the newest entries were removed");
        }
        if (checkpoint.sequence() > 0 && !hashAtCheckpoint.filter(checkpoint.headHash()::equals).isPresent()) {
            return new Broken(checkpoint.sequence(), BreakKind.CHECKPOINT_MISMATCH, checkpoint.sequence(),
                    "entry " + checkpoint.sequence() + " no longer has the hash a checkpoint signed at "
                            + checkpoint.at() + " names: the log was rewritten from there on");
        }
        return intact;
    }

    /** Verifies a whole log, from the first entry (sequence 1, previous hash = genesis). */
    public static ChainVerification verify(List<DecisionLogEntry> entries) {
        return verify(entries, 1, DecisionLog.GENESIS_HASH);
    }

    /**
     * Verifies a stretch of the log that continues from an anchor already trusted (an entry verified earlier):
     * {@code firstSequence} is the anchor's sequence + 1 and {@code previousHash} the anchor's hash.
     */
    public static ChainVerification verify(List<DecisionLogEntry> entries, long firstSequence, String previousHash) {
        long expectedSequence = firstSequence;
        String expectedPrevious = previousHash;
        for (DecisionLogEntry e : entries) {
            if (e.sequence() != expectedSequence) {
                return new Broken(e.sequence(), BreakKind.SEQUENCE_GAP, expectedSequence,
                        "expected entry " + expectedSequence + " but found " + e.sequence()
                                + (e.sequence() > expectedSequence ? ": entries are missing" : ": entries are out of order"));
            }
            String computed = e.computedHash();
            if (!computed.equals(e.hash())) {
                return new Broken(e.sequence(), BreakKind.CONTENT_ALTERED, expectedSequence,
                        "entry " + e.sequence() + " does not match its hash: its content was altered");
            }
            if (!e.previousHash().equals(expectedPrevious)) {
                return new Broken(e.sequence(), BreakKind.CHAIN_BROKEN, expectedSequence,
                        "entry " + e.sequence() + " does not link to the hash of entry " + (e.sequence() - 1)
                                + ": the chain was broken before it");
            }
            expectedPrevious = e.hash();
            expectedSequence++;
        }
        return new Intact(entries.size(), expectedSequence - 1, expectedPrevious);
    }
}

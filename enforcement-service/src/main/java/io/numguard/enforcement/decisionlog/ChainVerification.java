package io.numguard.enforcement.decisionlog;

/** The verdict of {@link DecisionLogVerifier}: the chain is intact, or where it first breaks and why. */
public sealed interface ChainVerification permits ChainVerification.Intact, ChainVerification.Broken {

    /** Why a link is broken. */
    enum BreakKind {
        /** The entry's content no longer matches its own hash: someone edited it. */
        CONTENT_ALTERED,
        /** The entry's previous hash is not the hash of the entry before it: an entry was replaced or re-hashed. */
        CHAIN_BROKEN,
        /** The sequence does not continue from the entry before: entries were deleted or reordered. */
        SEQUENCE_GAP,
        /** The log ends before a signed checkpoint's entry: the newest entries were deleted. */
        TRUNCATED,
        /** The entry a signed checkpoint names has another hash now: the log was rewritten from there on. */
        CHECKPOINT_MISMATCH
    }

    /**
     * @param entriesChecked how many entries were verified
     * @param lastSequence   sequence of the last entry (or the anchor's when none)
     * @param headHash       hash of the last entry (or the anchor's when none): keep it elsewhere to detect truncation
     */
    record Intact(int entriesChecked, long lastSequence, String headHash) implements ChainVerification {
    }

    /**
     * @param sequence the sequence number of the first entry whose link is broken (for a gap: the entry found where
     *                 {@code expectedSequence} should have been)
     */
    record Broken(long sequence, BreakKind kind, long expectedSequence, String detail) implements ChainVerification {
    }

    default boolean isIntact() {
        return this instanceof Intact;
    }
}

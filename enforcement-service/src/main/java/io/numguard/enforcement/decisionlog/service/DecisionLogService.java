package io.numguard.enforcement.decisionlog.service;

import io.numguard.enforcement.decisionlog.ChainVerification;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionLog;
import io.numguard.enforcement.decisionlog.DecisionLogEntry;
import io.numguard.enforcement.decisionlog.DecisionLogVerifier;
import io.numguard.enforcement.decisionlog.persistence.DecisionLogStore;
import io.numguard.enforcement.decisionlog.Checkpoint;
import io.numguard.enforcement.decisionlog.CheckpointSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Appends decisions to the hash-chained log in the caller's transaction, and verifies the chain. Appends are
 * serialised by a transaction-scoped advisory lock, so two transactions never claim the same predecessor. The
 * head is read once per transaction and kept with it: a transaction that appends many times (a poll of signals)
 * holds the lock from its first append, so its own last entry is the head.
 */
@ApplicationScoped
public class DecisionLogService {
    private static final int PAGE = 1000;
    /** The transaction's resource holding its last appended entry (the head, while the lock is held). */
    private static final Object HEAD = DecisionLogService.class.getName() + ".head";

    @Inject
    DecisionLogStore store;
    @Inject
    TransactionSynchronizationRegistry transaction;
    @Inject
    CheckpointSigner signer;
    @Inject
    java.time.Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<DecisionLogEntry> append(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        DecisionLogEntry head = (DecisionLogEntry) transaction.getResource(HEAD);
        if (head == null) {
            store.lockAppends();
            head = store.head().orElse(null);
        }
        List<DecisionLogEntry> entries = DecisionLog.appendAll(head, decisions);
        store.append(entries);
        transaction.putResource(HEAD, entries.get(entries.size() - 1));
        return entries;
    }

    /** Walks the whole chain page by page, each page anchored on the last entry of the one before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        long after = 0;
        String previousHash = DecisionLog.GENESIS_HASH;
        int checked = 0;
        while (true) {
            DecisionLogStore.Page read = store.after(after, PAGE);
            List<DecisionLogEntry> page = read.entries();
            if (read.unreadable().isPresent()) {
                // a kind or details edited into something that is not even well-formed: altered all the same
                long sequence = read.unreadable().get();
                ChainVerification before = DecisionLogVerifier.verify(page, after + 1, previousHash);
                return before instanceof ChainVerification.Broken ? before
                        : new ChainVerification.Broken(sequence, ChainVerification.BreakKind.CONTENT_ALTERED,
                        after + 1 + page.size(), "entry " + sequence + " cannot be read: its content was altered");
            }
            if (page.isEmpty()) {
                return new ChainVerification.Intact(checked, after, previousHash);
            }
            ChainVerification v = DecisionLogVerifier.verify(page, after + 1, previousHash);
            if (v instanceof ChainVerification.Broken) {
                return v;
            }
            ChainVerification.Intact intact = (ChainVerification.Intact) v;
            checked += intact.entriesChecked();
            after = intact.lastSequence();
            previousHash = intact.headHash();
            store.forgetRead();
        }
    }

    /**
     * Signs the head as it is now (under the append lock, so no append is half-way) and stores the checkpoint,
     * unless the newest stored one already names this head.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Checkpoint checkpoint() {
        store.lockAppends();
        Optional<DecisionLogStore.StoredHead> head = store.storedHead();
        long sequence = head.map(DecisionLogStore.StoredHead::sequence).orElse(0L);
        String hash = head.map(DecisionLogStore.StoredHead::hash).orElse(DecisionLog.GENESIS_HASH);
        Optional<Checkpoint> newest = store.checkpoints().stream().findFirst();
        if (newest.isPresent() && newest.get().sequence() == sequence && newest.get().headHash().equals(hash)) {
            return newest.get();
        }
        // microseconds: the time is signed as text and must read back the same from timestamptz
        Checkpoint c = signer.sign(sequence, hash, clock.instant().truncatedTo(ChronoUnit.MICROS));
        store.saveCheckpoint(c);
        return c;
    }

    /** Whether the checkpoint carries this service's signature. */
    public boolean isSigned(Checkpoint checkpoint) {
        return signer.verifies(checkpoint);
    }

    public String checkpointPublicKey() {
        return signer.publicKey();
    }

    /**
     * The chain, then the chain held against the newest stored checkpoint that carries a valid signature (one
     * edited into the table without the key is ignored).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verifyAgainstStoredCheckpoint() {
        ChainVerification chain = verify();
        Optional<Checkpoint> anchor = store.checkpoints().stream().filter(signer::verifies)
                .max(java.util.Comparator.comparingLong(Checkpoint::sequence));
        return anchor.map(a -> againstCheckpoint(chain, a)).orElse(chain);
    }

    /** The chain held against a checkpoint a regulator kept (the caller has checked its signature). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verifyAgainst(Checkpoint checkpoint) {
        return againstCheckpoint(verify(), checkpoint);
    }

    private ChainVerification againstCheckpoint(ChainVerification chain, Checkpoint checkpoint) {
        if (!(chain instanceof ChainVerification.Intact intact)) {
            return chain;
        }
        return DecisionLogVerifier.againstCheckpoint(intact, checkpoint, store.hashAt(checkpoint.sequence()));
    }

    /** The entries about one subject (e.g. {@code case/<id>}), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionLogEntry> about(String subject) {
        return store.about(subject);
    }
}

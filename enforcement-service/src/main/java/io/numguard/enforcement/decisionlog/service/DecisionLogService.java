package io.numguard.enforcement.decisionlog.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.numguard.enforcement.common.service.Json;
import io.numguard.enforcement.decisionlog.ChainVerification;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.decisionlog.DecisionLog;
import io.numguard.enforcement.decisionlog.DecisionLogEntry;
import io.numguard.enforcement.decisionlog.DecisionLogVerifier;
import io.numguard.enforcement.decisionlog.persistence.DecisionLogEntity;
import io.numguard.enforcement.decisionlog.Checkpoint;
import io.numguard.enforcement.decisionlog.CheckpointSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Appends decisions to the hash-chained log in the caller's transaction, and verifies the chain. Appends are
 * serialised by a transaction-scoped advisory lock, so two transactions never claim the same predecessor. The
 * head is read once per transaction and kept with it: a transaction that appends many times (a poll of signals)
 * holds the lock from its first append, so its own last entry is the head.
 */
@ApplicationScoped
public class DecisionLogService {
    /** Key of the advisory lock that serialises appends (an arbitrary constant of this service). */
    static final long APPEND_LOCK = 0x6e67_6465_6369_6c6fL;
    private static final int PAGE = 1000;
    /** The transaction's resource holding its last appended entry (the head, while the lock is held). */
    private static final Object HEAD = DecisionLogService.class.getName() + ".head";

    @Inject
    EntityManager em;
    @Inject
    Json json;
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
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
            head = em.createQuery("from DecisionLogEntity order by sequence desc",
                            DecisionLogEntity.class).setMaxResults(1).getResultStream().findFirst()
                    .map(this::toEntry).orElse(null);
        }
        List<DecisionLogEntry> entries = DecisionLog.appendAll(head, decisions);
        for (DecisionLogEntry e : entries) {
            em.persist(toEntity(e));
        }
        em.flush();
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
            List<DecisionLogEntity> rows = em.createQuery(
                            "from DecisionLogEntity where sequence > :after order by sequence", DecisionLogEntity.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            List<DecisionLogEntry> page = new java.util.ArrayList<>(rows.size());
            for (DecisionLogEntity row : rows) {
                try {
                    page.add(toEntry(row));
                } catch (RuntimeException unreadable) {
                    // a kind or details edited into something that is not even well-formed: altered all the same
                    ChainVerification before = DecisionLogVerifier.verify(page, after + 1, previousHash);
                    return before instanceof ChainVerification.Broken ? before
                            : new ChainVerification.Broken(row.sequence, ChainVerification.BreakKind.CONTENT_ALTERED,
                            after + 1 + page.size(), "entry " + row.sequence + " cannot be read: its content was altered");
                }
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
            em.clear();
        }
    }

    /**
     * Signs the head as it is now (under the append lock, so no append is half-way) and stores the checkpoint,
     * unless the newest stored one already names this head.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Checkpoint checkpoint() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        Optional<DecisionLogEntity> head = em.createQuery("from DecisionLogEntity order by sequence desc",
                DecisionLogEntity.class).setMaxResults(1).getResultStream().findFirst();
        long sequence = head.map(h -> h.sequence).orElse(0L);
        String hash = head.map(h -> h.hash).orElse(DecisionLog.GENESIS_HASH);
        Optional<Checkpoint> newest = storedCheckpoints().stream().findFirst();
        if (newest.isPresent() && newest.get().sequence() == sequence && newest.get().headHash().equals(hash)) {
            return newest.get();
        }
        // microseconds: the time is signed as text and must read back the same from timestamptz
        Checkpoint c = signer.sign(sequence, hash, clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.createNativeQuery("insert into decision_log_checkpoint (sequence, head_hash, signed_at, signature) "
                        + "values (?1, ?2, ?3, ?4)").setParameter(1, c.sequence()).setParameter(2, c.headHash())
                .setParameter(3, c.at()).setParameter(4, c.signature()).executeUpdate();
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
        Optional<Checkpoint> anchor = storedCheckpoints().stream().filter(signer::verifies)
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
        Optional<String> hashThere = em.createQuery("select hash from DecisionLogEntity where sequence = :s",
                String.class).setParameter("s", checkpoint.sequence()).getResultStream().findFirst();
        return DecisionLogVerifier.againstCheckpoint(intact, checkpoint, hashThere);
    }

    /** Stored checkpoints, newest first (at most 100: the newest is what counts). */
    @SuppressWarnings("unchecked")
    private List<Checkpoint> storedCheckpoints() {
        List<Object[]> rows = em.createNativeQuery("select sequence, head_hash, signed_at, signature "
                + "from decision_log_checkpoint order by id desc limit 100").getResultList();
        return rows.stream().map(r -> new Checkpoint(((Number) r[0]).longValue(), (String) r[1], toInstant(r[2]),
                (String) r[3])).toList();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** The entries about one subject (e.g. {@code case/<id>}), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionLogEntry> about(String subject) {
        return em.createQuery("from DecisionLogEntity where subject = :s order by sequence", DecisionLogEntity.class)
                .setParameter("s", subject).getResultStream().map(this::toEntry).toList();
    }

    private DecisionLogEntry toEntry(DecisionLogEntity e) {
        return new DecisionLogEntry(e.sequence, e.previousHash, e.decidedAt, e.actor, DecisionKind.valueOf(e.kind),
                e.subject, json.read(e.details, new TypeReference<TreeMap<String, String>>() { }), e.hash);
    }

    private DecisionLogEntity toEntity(DecisionLogEntry e) {
        DecisionLogEntity row = new DecisionLogEntity();
        row.sequence = e.sequence();
        row.previousHash = e.previousHash();
        row.decidedAt = e.at();
        row.actor = e.actor();
        row.kind = e.kind().name();
        row.subject = e.subject();
        row.details = json.write(e.details());
        row.hash = e.hash();
        return row;
    }
}

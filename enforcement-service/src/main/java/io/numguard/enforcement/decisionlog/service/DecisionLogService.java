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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.List;
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

package io.numguard.enforcement.decisionlog.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.numguard.enforcement.common.service.Json;
import io.numguard.enforcement.decisionlog.Checkpoint;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.decisionlog.DecisionLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import static io.numguard.support.db.Timestamps.instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The hash-chained decision log's rows, its append lock and its signed checkpoints. */
@ApplicationScoped
public class DecisionLogStore {
    /** Key of the advisory lock that serialises appends (an arbitrary constant of this service). */
    static final long APPEND_LOCK = 0x6e67_6465_6369_6c6fL;

    @Inject
    EntityManager em;
    @Inject
    Json json;

    /**
     * A page of the chain: its entries in sequence order up to the first row that cannot be read as an entry (a
     * kind or details edited into something that is not even well-formed), whose sequence is then {@code unreadable}.
     */
    public record Page(List<DecisionLogEntry> entries, Optional<Long> unreadable) {
    }

    /** Takes the transaction-scoped lock that serialises appends (and checkpoints) until the caller's commit. */
    public void lockAppends() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
    }

    /** The entry with the highest sequence, if any. */
    public Optional<DecisionLogEntry> head() {
        return headRow().map(this::toEntry);
    }

    /** The head's sequence and hash as stored, without reading its kind or details. */
    public Optional<StoredHead> storedHead() {
        return headRow().map(h -> new StoredHead(h.sequence, h.hash));
    }

    public record StoredHead(long sequence, String hash) {
    }

    private Optional<DecisionLogEntity> headRow() {
        return em.createQuery("from DecisionLogEntity order by sequence desc", DecisionLogEntity.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Stores the entries and flushes them, in the caller's transaction. */
    public void append(List<DecisionLogEntry> entries) {
        for (DecisionLogEntry e : entries) {
            em.persist(toEntity(e));
        }
        em.flush();
    }

    /** Up to {@code size} entries after sequence {@code after}, in sequence order. */
    public Page after(long after, int size) {
        List<DecisionLogEntity> rows = em.createQuery(
                        "from DecisionLogEntity where sequence > :after order by sequence", DecisionLogEntity.class)
                .setParameter("after", after).setMaxResults(size).getResultList();
        List<DecisionLogEntry> page = new ArrayList<>(rows.size());
        for (DecisionLogEntity row : rows) {
            try {
                page.add(toEntry(row));
            } catch (RuntimeException unreadable) {
                return new Page(page, Optional.of(row.sequence));
            }
        }
        return new Page(page, Optional.empty());
    }

    /** Lets go of the rows read so far (a walk of the whole chain would otherwise keep every one in memory). */
    public void forgetRead() {
        em.clear();
    }

    /** The stored hash of the entry at {@code sequence}, if there is one. */
    public Optional<String> hashAt(long sequence) {
        return em.createQuery("select hash from DecisionLogEntity where sequence = :s", String.class)
                .setParameter("s", sequence).getResultStream().findFirst();
    }

    /** The entries about one subject, oldest first. */
    public List<DecisionLogEntry> about(String subject) {
        return em.createQuery("from DecisionLogEntity where subject = :s order by sequence", DecisionLogEntity.class)
                .setParameter("s", subject).getResultStream().map(this::toEntry).toList();
    }

    public void saveCheckpoint(Checkpoint c) {
        em.createNativeQuery("insert into decision_log_checkpoint (sequence, head_hash, signed_at, signature) "
                        + "values (?1, ?2, ?3, ?4)").setParameter(1, c.sequence()).setParameter(2, c.headHash())
                .setParameter(3, c.at()).setParameter(4, c.signature()).executeUpdate();
    }

    /** Stored checkpoints, newest first (at most 100: the newest is what counts). */
    @SuppressWarnings("unchecked")
    public List<Checkpoint> checkpoints() {
        List<Object[]> rows = em.createNativeQuery("select sequence, head_hash, signed_at, signature "
                + "from decision_log_checkpoint order by id desc limit 100").getResultList();
        return rows.stream().map(r -> new Checkpoint(((Number) r[0]).longValue(), (String) r[1], instant(r[2]),
                (String) r[3])).toList();
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

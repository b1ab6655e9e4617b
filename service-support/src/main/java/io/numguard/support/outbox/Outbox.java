package io.numguard.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.contracts.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The only way an event leaves a service: a row written in the caller's transaction. If that transaction rolls
 * back, the event was never there; once it commits, {@link OutboxRelay} sends it to Kafka (at least once, in order).
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Event<OutboxWritten> written;
    @Inject
    Clock clock;

    /** One event: its type, its aggregate's id as the Kafka key, and its data (null: a tombstone). */
    public record Message(EventType type, String key, Record data) {
        public Message {
            Objects.requireNonNull(type, "type");
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("an event needs its aggregate's id as key");
            }
            if (data != null && !type.dataType().isInstance(data)) {
                throw new IllegalArgumentException(type.wireName() + " carries " + type.dataType().getSimpleName()
                        + ", not " + data.getClass().getSimpleName());
            }
        }

        /** A tombstone (null value) for a compacted topic: the key's current value is cleared. */
        public static Message tombstone(EventType type, String key) {
            return new Message(type, key, null);
        }
    }

    /** Records the event in the current transaction; there must be one. Returns the CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, String key, Record data) {
        Objects.requireNonNull(data, "data (use publishTombstone for a tombstone)");
        return publishAll(List.of(new Message(type, key, data))).get(0);
    }

    /** A tombstone (null value) for a compacted topic: the key's current value is cleared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTombstone(EventType type, String key) {
        return publishAll(List.of(Message.tombstone(type, key))).get(0);
    }

    /**
     * Records the events in the current transaction, in list order (which is the order they are sent in), with one
     * JDBC batch: a batch of complaints can cross thresholds and change labels of a thousand segments at once, and
     * one entity insert per event (identity keys are not batched) had been a tenth of such a request's time.
     * Returns the CloudEvents ids, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(messages.size());
        List<String> payloads = new ArrayList<>(messages.size());
        for (Message m : messages) {
            ids.add(UUID.randomUUID());
            try {
                payloads.add(m.data() == null ? null : json.writeValueAsString(m.data()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + m.data(), e);
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into outbox_event (id, topic, event_type, aggregate_key, payload, created_at)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < messages.size(); i++) {
                    Message m = messages.get(i);
                    ps.setObject(1, ids.get(i));
                    ps.setString(2, m.type().topic());
                    ps.setString(3, m.type().wireName());
                    ps.setString(4, m.key());
                    ps.setString(5, payloads.get(i));
                    ps.setObject(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        // wakes the relay after commit (observer is transactional AFTER_SUCCESS), so events leave in milliseconds
        written.fire(new OutboxWritten());
        return ids;
    }

    /** CDI event fired inside the writing transaction. */
    public record OutboxWritten() {
    }
}

package io.numguard.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.contracts.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
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

    /** Records the event in the current transaction; there must be one. Returns the CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, String key, Record data) {
        if (!type.dataType().isInstance(data)) {
            throw new IllegalArgumentException(type.wireName() + " carries " + type.dataType().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        try {
            return write(type, key, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + data, e);
        }
    }

    /** A tombstone (null value) for a compacted topic: the key's current value is cleared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTombstone(EventType type, String key) {
        return write(type, key, null);
    }

    private UUID write(EventType type, String key, String payload) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an event needs its aggregate's id as key");
        }
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.topic = type.topic();
        e.eventType = type.wireName();
        e.aggregateKey = key;
        e.payload = payload;
        e.createdAt = Instant.now(clock);
        em.persist(e);
        // wakes the relay after commit (observer is transactional AFTER_SUCCESS), so events leave in milliseconds
        written.fire(new OutboxWritten());
        return e.id;
    }

    /** CDI event fired inside the writing transaction. */
    public record OutboxWritten() {
    }
}

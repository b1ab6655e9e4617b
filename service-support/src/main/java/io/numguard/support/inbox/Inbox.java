package io.numguard.support.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.contracts.EventType;
import io.numguard.contracts.Topics;
import io.numguard.support.db.Failures;
import io.numguard.support.kafka.CloudEventHeaders;
import io.numguard.support.kafka.EventProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The idempotent consumer, written once for every service. For each record: bind and validate it (a record that
 * cannot be parsed or fails validation goes to {@code <topic>.dlq} with the reason, and the consumer goes on);
 * then, in ONE transaction, record its CloudEvents id and apply the handler, so a redelivered event changes
 * nothing. A database outage is waited out (retried, never dead-lettered); a handler that keeps failing for
 * another reason is dead-lettered after {@code numguard.inbox.max-attempts}.
 *
 * <p>{@link #handleAll} takes a whole poll in one transaction (a burst of signals costs one commit, not one each) and
 * falls back to {@link #handle}, record by record, when anything in it fails: the outcome per record is the same.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    public enum Outcome { APPLIED, DUPLICATE, DEAD_LETTERED }

    @FunctionalInterface
    public interface Handler {
        void apply(InboundEvent event);
    }

    /** Applies several events, in order, in the caller's transaction (they may share reads and writes). */
    @FunctionalInterface
    public interface BatchHandler {
        void applyAll(List<InboundEvent> events);
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    EventProducer producer;
    @Inject
    Clock clock;
    @Inject
    InboxConfig config;

    /**
     * @param consumer a stable name of the consuming logic (e.g. {@code registry.orders}); ids are remembered per
     *                 consumer, so two consumers in one service may both process the same event
     */
    public Outcome handle(String consumer, ConsumerRecord<String, String> record, Handler handler) {
        InboundEvent event;
        try {
            event = parse(record);
        } catch (BadRecord e) {
            deadLetter(consumer, record, e.getMessage());
            return Outcome.DEAD_LETTERED;
        }
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    int inserted = em.createNativeQuery("""
                                    insert into processed_event (consumer, event_id, event_type, processed_at)
                                    values (?1, ?2, ?3, ?4) on conflict do nothing""")
                            .setParameter(1, consumer).setParameter(2, event.id())
                            .setParameter(3, event.type().wireName()).setParameter(4, Instant.now(clock))
                            .executeUpdate();
                    if (inserted == 0) {
                        return Outcome.DUPLICATE;
                    }
                    handler.apply(event);
                    return Outcome.APPLIED;
                });
            } catch (RejectedEventException e) {
                deadLetter(consumer, record, e.getMessage());
                return Outcome.DEAD_LETTERED;
            } catch (RuntimeException e) {
                boolean transientFailure = Failures.isDatabaseUnavailable(e);
                if (!transientFailure && attempt >= config.maxAttempts()) {
                    deadLetter(consumer, record, "handler failed " + attempt + " times: " + Failures.rootMessage(e));
                    return Outcome.DEAD_LETTERED;
                }
                LOG.warnf("%s: %s %s failed (attempt %d, %s), retrying: %s", consumer, event.type().shortName(),
                        event.id(), attempt, transientFailure ? "database unavailable" : "error",
                        Failures.rootMessage(e));
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5000);
            }
        }
    }

    /**
     * The records of one poll, in order, in ONE transaction: their ids recorded in one statement, the handler applied
     * once to all new ones. If the handler rejects or fails, or the database is away, nothing of the poll is
     * committed and each record is taken again by {@link #handle} (the handler given a list of one), with its own
     * transaction, retries and dead letter; so a bad record costs its poll the fast path, never a good record's
     * effect. Records that cannot be parsed are dead-lettered first (they never apply, so their place in the order
     * does not matter).
     *
     * @return the outcome per record, in the records' order
     */
    public List<Outcome> handleAll(String consumer, List<ConsumerRecord<String, String>> records,
                                   BatchHandler handler) {
        Outcome[] outcomes = new Outcome[records.size()];
        List<Integer> positions = new ArrayList<>(records.size());
        List<InboundEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(parse(records.get(i)));
                positions.add(i);
            } catch (BadRecord e) {
                deadLetter(consumer, records.get(i), e.getMessage());
                outcomes[i] = Outcome.DEAD_LETTERED;
            }
        }
        if (events.isEmpty()) {
            return Arrays.asList(outcomes);
        }
        try {
            Outcome[] applied = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> fresh = recordIds(consumer, events);
                Outcome[] out = new Outcome[events.size()];
                List<InboundEvent> toApply = new ArrayList<>(events.size());
                for (int k = 0; k < events.size(); k++) {
                    InboundEvent event = events.get(k);
                    // an id twice in one poll: the first applies
                    if (fresh.remove(event.id())) {
                        toApply.add(event);
                        out[k] = Outcome.APPLIED;
                    } else {
                        out[k] = Outcome.DUPLICATE;
                    }
                }
                if (!toApply.isEmpty()) {
                    handler.applyAll(toApply);
                }
                return out;
            });
            for (int k = 0; k < applied.length; k++) {
                outcomes[positions.get(k)] = applied[k];
            }
        } catch (RuntimeException e) {
            LOG.debugf("%s: a poll of %d events did not apply as a whole (%s), taking them one by one", consumer,
                    events.size(), Failures.rootMessage(e));
            for (int position : positions) {
                outcomes[position] = handle(consumer, records.get(position), event -> handler.applyAll(List.of(event)));
            }
        }
        return Arrays.asList(outcomes);
    }

    /** Records the events' ids for the consumer in one statement; returns the ids not recorded before. */
    private Set<String> recordIds(String consumer, List<InboundEvent> events) {
        String[] ids = new String[events.size()];
        String[] types = new String[events.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = events.get(k).id();
            types[k] = events.get(k).type().wireName();
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, event_type, processed_at)
                    select ?, t.id, t.type, ? from unnest(?, ?) as t(id, type)
                    on conflict do nothing returning event_id""")) {
                Array idArray = connection.createArrayOf("text", ids);
                Array typeArray = connection.createArrayOf("text", types);
                ps.setString(1, consumer);
                ps.setTimestamp(2, now);
                ps.setArray(3, idArray);
                ps.setArray(4, typeArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1));
                    }
                }
            }
            return fresh;
        });
    }

    /**
     * Binds and validates a record. An event type this contract version does not know is a bad record like any other
     * the consumer cannot handle: set aside with the reason, never dropped unseen (a newer producer's type waits in
     * the DLQ for the consumer that learns it; a forged or misrouted one is visible there).
     */
    InboundEvent parse(ConsumerRecord<String, String> record) {
        var h = record.headers();
        String specVersion = CloudEventHeaders.get(h, CloudEventHeaders.SPEC_VERSION);
        String id = CloudEventHeaders.get(h, CloudEventHeaders.ID);
        String type = CloudEventHeaders.get(h, CloudEventHeaders.TYPE);
        String source = CloudEventHeaders.get(h, CloudEventHeaders.SOURCE);
        if (!"1.0".equals(specVersion)) {
            throw new BadRecord("not a CloudEvents 1.0 record in binary mode (ce_specversion=" + specVersion + ")");
        }
        if (id == null || id.isBlank() || type == null || source == null) {
            throw new BadRecord("missing CloudEvents attribute: ce_id, ce_type and ce_source are required");
        }
        Optional<EventType> known = EventType.fromWireName(type);
        if (known.isEmpty()) {
            throw new BadRecord("ce_type " + type
                    + " is unknown to this consumer (not a type of its contract version)");
        }
        EventType eventType = known.get();
        if (!eventType.topic().equals(record.topic())) {
            throw new BadRecord(type + " does not belong on topic " + record.topic());
        }
        if (record.value() == null) {
            throw new BadRecord("no data");
        }
        Record data;
        try {
            data = json.readValue(record.value(), eventType.dataType());
        } catch (Exception e) {
            throw new BadRecord("data is not a valid " + eventType.dataType().getSimpleName() + ": "
                    + Failures.rootMessage(e));
        }
        Instant time = null;
        String ceTime = CloudEventHeaders.get(h, CloudEventHeaders.TIME);
        if (ceTime != null) {
            try {
                time = Instant.parse(ceTime);
            } catch (DateTimeParseException e) {
                throw new BadRecord("ce_time is not an RFC 3339 timestamp: " + ceTime);
            }
        }
        return new InboundEvent(id, eventType, source, time, record.key(), data);
    }

    private void deadLetter(String consumer, ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dlq = new ProducerRecord<>(Topics.dlq(record.topic()), record.key(),
                record.value());
        for (Header header : record.headers()) {
            dlq.headers().add(header);
        }
        CloudEventHeaders.put(dlq.headers(), CloudEventHeaders.DLQ_REASON, reason);
        CloudEventHeaders.put(dlq.headers(), CloudEventHeaders.DLQ_CONSUMER, consumer);
        CloudEventHeaders.put(dlq.headers(), CloudEventHeaders.DLQ_TOPIC, record.topic());
        CloudEventHeaders.put(dlq.headers(), CloudEventHeaders.DLQ_PARTITION, Integer.toString(record.partition()));
        CloudEventHeaders.put(dlq.headers(), CloudEventHeaders.DLQ_OFFSET, Long.toString(record.offset()));
        long backoff = 200;
        while (true) {
            try {
                producer.send(dlq).get(15, TimeUnit.SECONDS);
                LOG.warnf("%s: record %s-%d@%d dead-lettered: %s", consumer, record.topic(), record.partition(),
                        record.offset(), reason);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                // the record must not be acknowledged before it is safely set aside
                LOG.warnf("%s: cannot write to %s yet: %s", consumer, dlq.topic(), Failures.rootMessage(e));
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static final class BadRecord extends RuntimeException {
        BadRecord(String message) {
            super(message);
        }
    }
}

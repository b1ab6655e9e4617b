package io.numguard.registry;

import io.numguard.contracts.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * An event a domain operation caused, ready for the outbox: the contract type, the aggregate id that becomes the
 * Kafka record key (segment code or USCC), when it happened, and the contract payload record
 * ({@code io.numguard.contracts.events.*}) to serialise as the CloudEvent data.
 */
public record DomainEvent(EventType type, String aggregateId, Instant occurredAt, Record data) {
    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
        if (!type.dataType().isInstance(data)) {
            throw new IllegalArgumentException(type + " carries " + type.dataType().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
    }

    /** The outbox aggregate type: {@code segment} or {@code licensee} (the first word of the short name). */
    public String aggregateType() {
        String name = type.shortName();
        return name.substring(0, name.indexOf('.'));
    }

    /** The payload as the record type the event type binds to. */
    public <T extends Record> T dataAs(Class<T> type) {
        return type.cast(data);
    }
}

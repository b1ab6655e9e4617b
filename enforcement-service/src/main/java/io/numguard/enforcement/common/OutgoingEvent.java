package io.numguard.enforcement.common;

import io.numguard.contracts.EventType;

import java.util.Objects;

/**
 * An event a domain operation caused, ready for the outbox: its CloudEvents type (which fixes the topic), the
 * record key (the aggregate id the topic is keyed by) and the data record of the contract.
 */
public record OutgoingEvent(EventType type, String key, Record data) {
    public OutgoingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("event " + type.shortName() + " needs a record key");
        }
        if (!type.dataType().isInstance(data)) {
            throw new IllegalArgumentException("event " + type.shortName() + " carries "
                    + type.dataType().getSimpleName() + ", not " + data.getClass().getSimpleName());
        }
    }

    public String topic() {
        return type.topic();
    }

    /** The data as its contract type, e.g. {@code event.data(Order.class)}. */
    public <T extends Record> T data(Class<T> kind) {
        return kind.cast(data);
    }
}

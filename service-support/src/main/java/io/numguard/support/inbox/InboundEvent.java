package io.numguard.support.inbox;

import io.numguard.contracts.EventType;

import java.time.Instant;

/** A CloudEvent taken off Kafka, its data already bound to the contract's record and validated. */
public record InboundEvent(String id, EventType type, String source, Instant time, String key, Record data) {
    public <T extends Record> T data(Class<T> type) {
        return type.cast(data);
    }
}

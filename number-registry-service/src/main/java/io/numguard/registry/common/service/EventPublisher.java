package io.numguard.registry.common.service;

import io.numguard.registry.DomainEvent;
import io.numguard.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes a domain event to the outbox, in the caller's transaction. */
@ApplicationScoped
public class EventPublisher {
    @Inject
    Outbox outbox;

    public void publish(DomainEvent event) {
        outbox.publish(event.type(), event.aggregateId(), event.data());
    }
}

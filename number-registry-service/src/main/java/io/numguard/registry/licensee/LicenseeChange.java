package io.numguard.registry.licensee;

import io.numguard.registry.DomainEvent;

/** A licensee after an operation, and the event to write to the outbox in the same transaction. */
public record LicenseeChange(Licensee licensee, DomainEvent event) {
}

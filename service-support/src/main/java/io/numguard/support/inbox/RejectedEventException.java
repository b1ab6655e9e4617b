package io.numguard.support.inbox;

/**
 * Thrown by a handler when an event is well-formed but cannot be applied and never will be (e.g. an order for a
 * segment this registry never held): the record goes to the dead-letter topic with this message as the reason.
 */
public class RejectedEventException extends RuntimeException {
    public RejectedEventException(String reason) {
        super(reason);
    }
}

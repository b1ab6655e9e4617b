package io.numguard.contracts.events;

/** Validation shared by the event records: a record that fails it is a bad record and goes to the DLQ. */
final class Require {
    private Require() {
    }

    static void present(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }
}

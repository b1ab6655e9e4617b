package io.numguard.complaint.intake;

import java.util.Objects;

/** A policy's answer for one input: accepted (with the parsed value) or rejected with a reason a caller can act on. */
public sealed interface IntakeOutcome<T> permits IntakeOutcome.Accepted, IntakeOutcome.Rejected {

    static <T> IntakeOutcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> IntakeOutcome<T> rejected(IntakeRejection reason, String detail) {
        return new Rejected<>(reason, detail, 0);
    }

    static <T> IntakeOutcome<T> rateLimited(long retryAfterSeconds) {
        return new Rejected<>(IntakeRejection.RATE_LIMITED,
                "too many complaints; try again in " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    boolean isAccepted();

    record Accepted<T>(T value) implements IntakeOutcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isAccepted() {
            return true;
        }
    }

    /** @param retryAfterSeconds only for {@link IntakeRejection#RATE_LIMITED}, otherwise 0 */
    record Rejected<T>(IntakeRejection reason, String detail, long retryAfterSeconds) implements IntakeOutcome<T> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAccepted() {
            return false;
        }
    }
}

package io.numguard.registry.common;

import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.InvalidPhoneNumberException;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.InvalidSegmentCodeException;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Carrier;
import io.numguard.support.problem.Identifiers;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The edge between the domain and problem+json: parsing of identifiers (400 with a stable type) and the one mapping
 * of a {@link RejectionReason} to problem+json, which is the reason's own problem type (service-support's
 * {@link Refusals}).
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemException of(RejectionReason reason, String message) {
        return Refusals.problem(reason, message);
    }

    public static Uscc uscc(String raw) {
        return Identifiers.uscc(raw, "uscc");
    }

    public static SegmentCode segmentCode(String raw) {
        try {
            return SegmentCode.parse(raw);
        } catch (InvalidSegmentCodeException e) {
            throw new ProblemException(400, "invalid-segment-code", "Invalid segment code", e.getMessage())
                    .with("field", "code");
        }
    }

    public static PhoneNumber number(String raw) {
        try {
            return PhoneNumber.parse(raw);
        } catch (InvalidPhoneNumberException e) {
            throw new ProblemException(400, "invalid-number", "Invalid number", e.getMessage())
                    .with("field", "number");
        }
    }

    public static Province province(String raw, String field) {
        return value(() -> Province.of(raw), field);
    }

    public static Set<Carrier> carriers(Collection<String> raw) {
        Set<Carrier> out = EnumSet.noneOf(Carrier.class);
        for (String c : raw) {
            out.add(value(() -> Carrier.parse(c), "carriers"));
        }
        return out;
    }

    /** Runs a domain constructor; its {@link IllegalArgumentException} becomes a 400 naming the field. */
    public static <T> T value(Supplier<T> build, String field) {
        try {
            return build.get();
        } catch (ProblemException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "invalid-value", "Invalid value", e.getMessage()).with("field", field);
        }
    }
}

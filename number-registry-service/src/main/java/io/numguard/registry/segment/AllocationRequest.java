package io.numguard.registry.segment;

import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.SegmentCode;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a regulator asks for when allocating a segment.
 *
 * @param regulatorProvince the {@code province} claim of the acting regulator ({@code CN} for the ministry)
 * @param outboundAuthorised false (inbound only) unless the regulator authorises outbound calls
 */
public record AllocationRequest(SegmentCode code, Set<Carrier> carriers, boolean outboundAuthorised,
                                Province regulatorProvince, String requestedBy, Instant at) {
    public AllocationRequest {
        Objects.requireNonNull(code, "code");
        if (carriers == null || carriers.isEmpty()) {
            throw new IllegalArgumentException("a segment is contracted to at least one carrier (CT, CM, CU)");
        }
        carriers = Collections.unmodifiableSet(EnumSet.copyOf(carriers));
        Objects.requireNonNull(regulatorProvince, "regulatorProvince");
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new IllegalArgumentException("requestedBy is empty");
        }
        Objects.requireNonNull(at, "at");
    }

    /** Inbound only, the default. */
    public static AllocationRequest inboundOnly(SegmentCode code, Set<Carrier> carriers, Province regulatorProvince,
                                                String requestedBy, Instant at) {
        return new AllocationRequest(code, carriers, false, regulatorProvince, requestedBy, at);
    }
}

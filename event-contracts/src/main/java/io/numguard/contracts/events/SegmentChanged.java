package io.numguard.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of every {@code segment.*} event: the segment's whole state after the change, so that a consumer
 * (the complaint service, a carrier's blocking system) can keep a local copy from this topic alone.
 *
 * @param code               segment code, {@code 95} + 3 or 4 digits
 * @param status             the name of a {@link SegmentStatus}; read it with {@link SegmentStatus#parse}
 * @param carriers           carriers contracted to carry the segment (CT, CM, CU)
 * @param outboundAuthorised whether calls may be made from the segment (default inbound only)
 * @param expanded           whether the segment has been expanded to 8-digit numbers
 * @param orderId            the enforcement order that caused a suspension, reinstatement or revocation, if any
 */
public record SegmentChanged(
        String code,
        String licenseeUscc,
        String province,
        String status,
        List<String> carriers,
        boolean outboundAuthorised,
        boolean expanded,
        LocalDate validFrom,
        LocalDate validUntil,
        String orderId,
        String reason,
        Instant occurredAt) {
    public SegmentChanged {
        Require.present("code", code);
        Require.present("status", status);
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
    }
}

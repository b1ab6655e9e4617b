package io.numguard.registry.segment.service;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Carrier;

import java.util.Set;

/** A parsed allocation request. */
public record AllocateSegment(SegmentCode code, Uscc licensee, Set<Carrier> carriers, boolean outboundAuthorised) {
}

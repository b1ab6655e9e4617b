package io.numguard.registry.lookup.rest;

import io.numguard.registry.segment.rest.SegmentView;
import io.numguard.registry.segment.rest.SubNumberFilingView;

import java.util.List;

/**
 * Who holds a number. {@code held} is false when no segment covers it (then the other fields are empty);
 * {@code status} is the public status (REVOKED or EXPIRED for a quarantined code).
 */
public record NumberLookupView(String number, boolean held, SegmentView segment, LicenseeRef licensee,
                               List<String> carriers, String status, boolean outboundAuthorised,
                               SubNumberFilingView subNumberFiling) {

    public record LicenseeRef(String uscc, String name) {
    }
}

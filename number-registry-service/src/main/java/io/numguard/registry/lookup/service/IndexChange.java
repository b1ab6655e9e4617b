package io.numguard.registry.lookup.service;

import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.subnumber.SubNumberFiling;

/**
 * Fired (CDI event) inside the transaction that changed what the number index shows; {@link NumberIndexKeeper}
 * applies it after the commit, so a rolled-back change is never visible.
 */
public sealed interface IndexChange {
    record SegmentRow(IndexedSegment segment) implements IndexChange {
    }

    record Filing(SubNumberFiling filing) implements IndexChange {
    }

    record LicenseeName(String uscc, String name) implements IndexChange {
    }
}

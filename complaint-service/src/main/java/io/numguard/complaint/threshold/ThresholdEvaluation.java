package io.numguard.complaint.threshold;

import io.numguard.contracts.events.ThresholdExceeded;

import java.util.List;
import java.util.Map;

/**
 * What one evaluation found: the crossings to publish and the state changes to store, both in the same transaction
 * (the events through the outbox). States that did not change are not listed.
 */
public record ThresholdEvaluation(List<ThresholdExceeded> crossings, Map<ThresholdKey, ThresholdState> changes) {
    public ThresholdEvaluation {
        crossings = List.copyOf(crossings);
        changes = Map.copyOf(changes);
    }
}

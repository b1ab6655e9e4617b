package io.numguard.enforcement.sanction;

import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.decisionlog.Decision;

import java.util.List;

/** A sanction after it was imposed or lifted, with the event to publish and the decision to log. */
public record SanctionChange(Sanction sanction, List<OutgoingEvent> events, List<Decision> decisions) {
    public SanctionChange {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}

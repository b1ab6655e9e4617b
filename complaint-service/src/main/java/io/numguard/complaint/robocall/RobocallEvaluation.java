package io.numguard.complaint.robocall;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.events.RobocallSuspected;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Signals to publish and, for each, the day to record as signalled (store both in one transaction). */
public record RobocallEvaluation(List<RobocallSuspected> signals, Map<Subject, LocalDate> signalledOn) {
    public RobocallEvaluation {
        signals = List.copyOf(signals);
        signalledOn = Map.copyOf(signalledOn);
    }
}

package io.numguard.registry.licensee.service;

import io.numguard.registry.licensee.ControlChange;
import io.numguard.registry.licensee.Licensee;

import java.util.List;

/** The licensee after a control change and the changes recorded (one per kind). */
public record ControlChangeOutcome(Licensee licensee, List<ControlChange> recorded) {
}

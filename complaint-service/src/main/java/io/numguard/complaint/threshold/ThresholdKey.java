package io.numguard.complaint.threshold;

import io.numguard.complaint.aggregate.Subject;

import java.util.Objects;

/** Whose state: one subject under one rule ({@link ThresholdRule#id()}). A missing key means BELOW. */
public record ThresholdKey(Subject subject, String ruleId) {
    public ThresholdKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}

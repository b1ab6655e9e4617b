package io.numguard.complaint.threshold;

/** Per subject and rule: BELOW = armed (the next crossing signals), ABOVE = signalled, waiting to re-arm. */
public enum ThresholdState {
    BELOW,
    ABOVE
}

package io.numguard.complaint.threshold;

import io.numguard.complaint.aggregate.SegmentResolver;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.contracts.events.ThresholdExceeded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes {@code signal.threshold-exceeded} once per crossing, not once per complaint. A pure function of the
 * previous state and the new totals:
 * <pre>
 *   BELOW and value &gt;= threshold   -&gt; crossing, ABOVE
 *   ABOVE and value &lt;  rearmBelow  -&gt; BELOW (armed again, nothing published)
 *   otherwise                       -&gt; unchanged
 * </pre>
 * Run it after every counted complaint for the number and for its segment, and periodically for subjects with an
 * ABOVE state so that they re-arm when their window drains.
 */
public final class ThresholdDetector {
    private final List<ThresholdRule> rules;
    private final SegmentResolver segments;

    public ThresholdDetector(List<ThresholdRule> rules, SegmentResolver segments) {
        this.rules = List.copyOf(rules);
        this.segments = Objects.requireNonNull(segments, "segments");
        Map<String, ThresholdRule> ids = new HashMap<>();
        for (ThresholdRule r : this.rules) {
            if (ids.put(r.id(), r) != null) {
                throw new IllegalArgumentException("two threshold rules with the same id " + r.id());
            }
        }
    }

    public List<ThresholdRule> rules() {
        return rules;
    }

    /**
     * @param totals   the subject's totals per window; a rule whose window is missing is skipped
     * @param previous the stored states (of this subject or more); missing means BELOW
     */
    public ThresholdEvaluation evaluate(Subject subject, Map<Window, WindowTotals> totals,
                                        Map<ThresholdKey, ThresholdState> previous, Instant now) {
        List<ThresholdExceeded> crossings = new ArrayList<>();
        Map<ThresholdKey, ThresholdState> changes = new HashMap<>();
        String segmentCode = null;
        for (ThresholdRule rule : rules) {
            if (rule.appliesTo() != subject.kind()) {
                continue;
            }
            WindowTotals t = totals.get(rule.window());
            if (t == null) {
                continue;
            }
            ThresholdKey key = new ThresholdKey(subject, rule.id());
            ThresholdState before = previous.getOrDefault(key, ThresholdState.BELOW);
            long value = rule.valueIn(t);
            if (before == ThresholdState.BELOW && value >= rule.threshold()) {
                if (segmentCode == null) {
                    segmentCode = subject.segmentCode(segments);
                }
                crossings.add(new ThresholdExceeded(segmentCode, subject.isNumber() ? subject.code() : null,
                        rule.window().iso(), rule.categoryName(), value, rule.threshold(),
                        t.distinctComplainants(), now));
                changes.put(key, ThresholdState.ABOVE);
            } else if (before == ThresholdState.ABOVE && value < rule.rearmBelow()) {
                changes.put(key, ThresholdState.BELOW);
            }
        }
        return new ThresholdEvaluation(crossings, changes);
    }
}

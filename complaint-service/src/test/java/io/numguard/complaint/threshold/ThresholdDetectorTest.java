package io.numguard.complaint.threshold;

import io.numguard.complaint.aggregate.SegmentResolver;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdDetectorTest {
    private static final Instant NOW = Instant.parse("2025-03-10T10:30:00Z");
    private static final Subject SEGMENT = Subject.segment("95123");
    private static final Subject NUMBER = Subject.number(PhoneNumber.parse("95123456"));

    /** Totals where the weighted total and the FRAUD weighted count are as given. */
    private static Map<Window, WindowTotals> totals(Subject s, Window w, long weighted, long fraud) {
        return Map.of(w, new WindowTotals(s, w, w.from(NOW), w.until(NOW), null,
                Map.of(ComplaintCategory.FRAUD, fraud), null, null, weighted, weighted, 4));
    }

    private final ThresholdRule segmentDaily = ThresholdRule.weighted(SubjectKind.SEGMENT, Window.P1D, 20).rearmBelow(15);
    private final ThresholdDetector detector = new ThresholdDetector(List.of(segmentDaily), SegmentResolver.prefixOnly());
    private final Map<ThresholdKey, ThresholdState> state = new HashMap<>();

    private List<ThresholdExceeded> feed(long weighted) {
        ThresholdEvaluation e = detector.evaluate(SEGMENT, totals(SEGMENT, Window.P1D, weighted, 0), state, NOW);
        state.putAll(e.changes());
        return e.crossings();
    }

    @Test
    void signalsOncePerCrossingThenReArmsBelowTheHysteresis() {
        assertThat(feed(5)).isEmpty();
        assertThat(feed(19)).isEmpty();

        List<ThresholdExceeded> crossing = feed(20);
        assertThat(crossing).singleElement().satisfies(e -> {
            assertThat(e.segmentCode()).isEqualTo("95123");
            assertThat(e.number()).isNull();
            assertThat(e.window()).isEqualTo("P1D");
            assertThat(e.category()).isEqualTo("ALL");
            assertThat(e.weightedCount()).isEqualTo(20);
            assertThat(e.threshold()).isEqualTo(20);
            assertThat(e.distinctComplainants()).isEqualTo(4);
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
        assertThat(state).containsEntry(new ThresholdKey(SEGMENT, "SEGMENT/P1D/ALL"), ThresholdState.ABOVE);

        // more complaints: still above, nothing new
        assertThat(feed(25)).isEmpty();
        assertThat(feed(40)).isEmpty();
        // dips, but not below the re-arm level
        assertThat(feed(16)).isEmpty();
        assertThat(feed(21)).isEmpty();
        // falls below 15: re-armed, silently
        assertThat(feed(14)).isEmpty();
        assertThat(state).containsEntry(new ThresholdKey(SEGMENT, "SEGMENT/P1D/ALL"), ThresholdState.BELOW);
        // and crosses again: a second signal
        assertThat(feed(22)).singleElement().satisfies(e -> assertThat(e.weightedCount()).isEqualTo(22));
    }

    @Test
    void onlyChangedStatesAreReturned() {
        assertThat(detector.evaluate(SEGMENT, totals(SEGMENT, Window.P1D, 3, 0), Map.of(), NOW).changes()).isEmpty();
    }

    @Test
    void categoryRulesAndNumberRulesSignalWithTheirOwnFields() {
        ThresholdRule fraud = ThresholdRule.ofCategory(SubjectKind.NUMBER, Window.P7D, ComplaintCategory.FRAUD, 10);
        ThresholdRule total = ThresholdRule.weighted(SubjectKind.NUMBER, Window.P7D, 100);
        SegmentResolver registry = n -> java.util.Optional.of("951234");
        ThresholdDetector d = new ThresholdDetector(List.of(fraud, total, segmentDaily), registry);

        ThresholdEvaluation e = d.evaluate(NUMBER, totals(NUMBER, Window.P7D, 30, 12), Map.of(), NOW);

        assertThat(e.crossings()).singleElement().satisfies(x -> {
            assertThat(x.segmentCode()).isEqualTo("951234");
            assertThat(x.number()).isEqualTo("95123456");
            assertThat(x.window()).isEqualTo("P7D");
            assertThat(x.category()).isEqualTo("FRAUD");
            assertThat(x.weightedCount()).isEqualTo(12);
            assertThat(x.threshold()).isEqualTo(10);
        });
        assertThat(e.changes()).containsOnlyKeys(new ThresholdKey(NUMBER, "NUMBER/P7D/FRAUD"));
    }

    @Test
    void rulesAreValidated() {
        assertThatThrownBy(() -> ThresholdRule.weighted(SubjectKind.SEGMENT, Window.P1D, 10).rearmBelow(11))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdDetector(List.of(segmentDaily, segmentDaily),
                SegmentResolver.prefixOnly())).hasMessageContaining("same id");
        assertThat(ThresholdRule.defaults()).isNotEmpty();
    }
}

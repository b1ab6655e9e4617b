package io.numguard.console.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {
    @Test
    void threeBarsPerSegmentScaledToTheLargestValue() {
        BarChart c = BarChart.of(List.of(
                Map.of("segmentCode", "95123", "complaints24h", 10, "complaints7d", 40, "complaints30d", 100),
                Map.of("segmentCode", "95124", "complaints24h", 0, "complaints7d", 5, "complaints30d", 50)));
        assertThat(c.bars()).hasSize(6);
        assertThat(c.bars().get(2).width()).isEqualTo(BarChart.BAR_AREA);
        assertThat(c.bars().get(5).width()).isEqualTo(BarChart.BAR_AREA / 2);
        assertThat(c.bars().get(3).width()).as("zero draws nothing").isZero();
        assertThat(c.bars().get(0).window()).isEqualTo("24h");
        assertThat(c.labels()).extracting(BarChart.Label::text).contains("95123", "95124", "100", "0");
        assertThat(BarChart.of(List.of()).isEmpty()).isTrue();
    }
}

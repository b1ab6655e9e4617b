package io.numguard.console.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSectionTest {

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void sectionsComeInTheServicesOrderWithColumnsAsGiven() {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("cases", List.of(row("province", "FJ", "licenseeUscc", "U1", "opened", 3, "closed", 1,
                "decided", 1, "medianHoursToDecision", 5.5)));
        sections.put("acknowledgements", List.of());
        List<ReportSection> s = ReportSection.of(Map.of("service", "enforcement", "sections", sections));

        assertThat(s).extracting(ReportSection::name).containsExactly("cases", "acknowledgements");
        assertThat(s.get(0).columns()).containsExactly("province", "licenseeUscc", "opened", "closed", "decided",
                "medianHoursToDecision");
        assertThat(s.get(1).isEmpty()).isTrue();
        assertThat(s.get(1).chart().isEmpty()).isTrue();
    }

    @Test
    void totalsAddCountsAndDecimalsButNotAMedian() {
        ReportSection s = ReportSection.of("enforcement", "cases", List.of(
                row("province", "FJ", "licenseeUscc", "U1", "opened", 3, "medianHoursToDecision", 5.5,
                        "lossYuan", 10.25),
                row("province", "GD", "licenseeUscc", "U2", "opened", 4, "medianHoursToDecision", 1.0,
                        "lossYuan", 2)));

        assertThat(s.totals()).containsEntry("opened", 7L).containsEntry("lossYuan", new BigDecimal("12.25"))
                .doesNotContainKeys("medianHoursToDecision", "province", "licenseeUscc");
        assertThat(s.isNumeric("opened")).isTrue();
        assertThat(s.isNumeric("licenseeUscc")).isFalse();
    }

    @Test
    void barsStackTheSectionsPartsScaledToTheLargestRowBiggestFirst() {
        ReportSection s = ReportSection.of("enforcement", "acknowledgements", List.of(
                row("province", "FJ", "carrier", "CM", "onTime", 1, "late", 1, "pending", 0, "escalated", 0),
                row("province", "FJ", "carrier", "CT", "onTime", 6, "late", 2, "pending", 0, "escalated", 1)));

        ReportSection.Chart c = s.chart();
        assertThat(c.measures()).containsExactly("onTime", "late", "pending");
        // CT (8) first, full width; a zero part draws no bar
        assertThat(c.bars()).extracting(BarChart.Bar::window).containsExactly("m0", "m1", "m0", "m1");
        assertThat(c.bars().get(0).width() + c.bars().get(1).width()).isEqualTo(480);
        assertThat(c.bars().get(0).y()).isLessThan(c.bars().get(2).y());
        assertThat(c.labels()).extracting(BarChart.Label::text).containsExactly("FJ CT", "8", "FJ CM", "2");
    }

    @Test
    void aBarIsLabelledWithTheLicenseesNameWhenTheSectionHasIt() {
        ReportSection s = ReportSection.of("registry", "segments", List.of(row("province", "FJ", "licenseeUscc",
                "91350100M000100Y43", "licenseeName", "Fuzhou Call Centre Services Ltd", "allocated", 2,
                "suspended", 0, "revoked", 1)));

        assertThat(s.chart().labels().get(0).text()).isEqualTo("FJ Fuzhou Call Cen…");
    }
}

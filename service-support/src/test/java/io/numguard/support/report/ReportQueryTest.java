package io.numguard.support.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static io.numguard.support.report.ReportQuery.Measure.count;
import static io.numguard.support.report.ReportQuery.Measure.hundredths;
import static io.numguard.support.report.ReportQuery.Measure.value;
import static org.assertj.core.api.Assertions.assertThat;

/** How a report store's measure columns are read (the queries themselves run in each service's report tests). */
class ReportQueryTest {
    @Test
    void aCountIsALongWhateverNumberTheDriverGives() {
        assertThat(count("opened").read().apply(BigInteger.valueOf(3))).isEqualTo(3L);
        assertThat(count("opened").read().apply(new BigDecimal("7"))).isEqualTo(7L);
        assertThat(count("opened").read().apply(2)).isEqualTo(2L);
        assertThat(count("opened").name()).isEqualTo("opened");
    }

    @Test
    void aValueIsKeptAsTheDatabaseGaveIt() {
        BigDecimal loss = new BigDecimal("1200.50");
        assertThat(value("lossYuan").read().apply(loss)).isSameAs(loss);
        assertThat(value("licenseeName").read().apply("Fuzhou Call Centre")).isEqualTo("Fuzhou Call Centre");
        assertThat(value("lossYuan").read().apply(null)).isNull();
    }

    @Test
    void hundredthsRoundHalfUpAndKeepNull() {
        assertThat(hundredths("medianHoursToDecision").read().apply(5.125)).isEqualTo(new BigDecimal("5.13"));
        assertThat(hundredths("medianHoursToDecision").read().apply(2.0)).isEqualTo(new BigDecimal("2.00"));
        assertThat(hundredths("medianHoursToDecision").read().apply(null)).isNull();
    }
}

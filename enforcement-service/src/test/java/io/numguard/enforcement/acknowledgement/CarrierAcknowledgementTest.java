package io.numguard.enforcement.acknowledgement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Times are kept as PostgreSQL stores what the JDBC driver sends: microseconds, rounded half up. */
class CarrierAcknowledgementTest {
    @ParameterizedTest
    @CsvSource({
            "2026-11-28T21:59:11.684425984Z, 2026-11-28T21:59:11.684426Z",
            "2026-11-28T21:59:11.684425500Z, 2026-11-28T21:59:11.684426Z",
            "2026-11-28T21:59:11.684425499Z, 2026-11-28T21:59:11.684425Z",
            "2026-11-28T21:59:11.684426500Z, 2026-11-28T21:59:11.684427Z",
            "2026-11-28T21:59:11.999999600Z, 2026-11-28T21:59:12Z"})
    void acknowledgementAndEscalationTimesAreKeptAsStored(String given, String stored) {
        CarrierAcknowledgement a = CarrierAcknowledgement.owed("CT").acknowledged("carrier.ct", Instant.parse(given))
                .escalated(Instant.parse(given));
        assertThat(a.acknowledgedAt()).isEqualTo(Instant.parse(stored));
        assertThat(a.escalatedAt()).isEqualTo(Instant.parse(stored));
    }
}

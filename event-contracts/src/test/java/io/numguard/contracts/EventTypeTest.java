package io.numguard.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.SegmentChanged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypeTest {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void wireNamesFollowTheContract() {
        assertThat(EventType.SEGMENT_REVOKED.wireName()).isEqualTo("io.numguard.segment.revoked.v1");
        assertThat(EventType.SEGMENT_OUTBOUND_CHANGED.wireName()).isEqualTo("io.numguard.segment.outbound-changed.v1");
        assertThat(EventType.fromWireName("io.numguard.order.revoke.v1")).contains(EventType.ORDER_REVOKE);
        assertThat(EventType.fromWireName("io.numguard.order.revoke.v2")).isEmpty();
        for (EventType t : EventType.values()) {
            assertThat(Topics.ALL).contains(t.topic());
        }
    }

    @Test
    void recordsRoundTripAndRejectMissingRequiredFields() throws Exception {
        var event = new SegmentChanged("95123", "91350100M000100000", "FJ", "ALLOCATED", List.of("CT"), false, false,
                LocalDate.of(2026, 1, 1), LocalDate.of(2031, 1, 1), null, null, Instant.parse("2026-01-01T00:00:00Z"));
        String text = json.writeValueAsString(event);
        assertThat(json.readValue(text, SegmentChanged.class)).isEqualTo(event);

        assertThatThrownBy(() -> json.readValue("{\"status\":\"ALLOCATED\"}", SegmentChanged.class))
                .hasRootCauseMessage("missing required field 'code'");
    }

    @Test
    void aControlChangeCarriesTheRepresentativesAndOldProducersStillBind() throws Exception {
        var change = new LicenseeControlChanged("91350100MA34A1B2CU", "FJ", "LEGAL_REPRESENTATIVE", true, null,
                List.of("95123"), Instant.parse("2026-12-01T00:00:00Z"), "new-hash", "old-hash");
        assertThat(json.readValue(json.writeValueAsString(change), LicenseeControlChanged.class)).isEqualTo(change);
        LicenseeControlChanged old = json.readValue("{\"uscc\":\"91350100MA34A1B2CU\",\"change\":\"LEGAL_REPRESENTATIVE\","
                + "\"suspectedResale\":false}", LicenseeControlChanged.class);
        assertThat(old.legalRepresentativeHash()).isNull();
        assertThat(old.segmentCodes()).isEmpty();
    }
}

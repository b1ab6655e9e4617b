package io.numguard.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentStatusTest {
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void namesAreTheValuesTheEventsCarry() {
        // the registry stores these names and reads them back with valueOf; carriers match on them
        assertThat(Arrays.stream(SegmentStatus.values()).map(Enum::name))
                .containsExactly("ALLOCATED", "SUSPENDED", "REVOKED", "EXPIRED", "QUARANTINED", "RELEASED");
    }

    @ParameterizedTest
    @EnumSource(SegmentStatus.class)
    void eachStatusTravelsAsItsNameAndParsesBack(SegmentStatus status) throws Exception {
        var event = new SegmentChanged("95123", "91350100M000100000", "FJ", status.name(), List.of("CT"), false, false,
                LocalDate.of(2026, 1, 1), LocalDate.of(2031, 1, 1), null, null, Instant.parse("2026-01-01T00:00:00Z"));
        String text = json.writeValueAsString(event);
        assertThat(json.readTree(text).get("status").asText()).isEqualTo(status.name());
        assertThat(SegmentStatus.parse(json.readValue(text, SegmentChanged.class).status())).contains(status);
    }

    @Test
    void parseIgnoresCaseAndSurroundingBlanks() {
        assertThat(SegmentStatus.parse("quarantined")).contains(SegmentStatus.QUARANTINED);
        assertThat(SegmentStatus.parse(" Revoked\t")).contains(SegmentStatus.REVOKED);
        assertThat(SegmentStatus.parse("ALLOCATED")).contains(SegmentStatus.ALLOCATED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "PENDING", "UNKNOWN", "REVOKED_", "RE VOKED"})
    void parseIsEmptyForWhatTheContractDoesNotName(String raw) {
        assertThat(SegmentStatus.parse(raw)).isEmpty();
    }
}

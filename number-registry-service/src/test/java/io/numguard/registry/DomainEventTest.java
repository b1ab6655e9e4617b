package io.numguard.registry;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeRegistered;
import org.junit.jupiter.api.Test;

import static io.numguard.registry.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainEventTest {

    @Test
    void thePayloadMustBeTheRecordTheTypeBindsTo() {
        LicenseeRegistered data = new LicenseeRegistered("91350100MA34A1B2CU", "A", "FJ", null, T0);
        assertThatThrownBy(() -> new DomainEvent(EventType.SEGMENT_ALLOCATED, "95123", T0, data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SegmentChanged");
    }
}

package io.numguard.devstack.testing;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeRegistered;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the shared test Api that need no running service or broker. */
class ApiTest {

    @Test
    void ceHeadersAreBinaryModeWithTheWireTypeWhetherGivenByNameOrByEventType() {
        Map<String, String> byName = Api.ceHeaders("id-1", "order.revoke");
        assertThat(byName).containsExactly(Map.entry("ce_specversion", "1.0"), Map.entry("ce_id", "id-1"),
                Map.entry("ce_type", "io.numguard.order.revoke.v1"), Map.entry("ce_source", Api.SOURCE),
                Map.entry("content-type", "application/json"));
        assertThat(Api.ceHeaders("id-1", EventType.ORDER_REVOKE)).isEqualTo(byName);
        // a type the contract does not know can still be sent (consumers' dead-letter tests)
        assertThat(Api.ceHeaders("id-2", "order.explode")).containsEntry("ce_type", "io.numguard.order.explode.v1");
    }

    @Test
    void eventDataIsJsonWithIsoDatesAsTheServicesWriteIt() throws Exception {
        var data = new LicenseeRegistered("91350100M000100000", "Call Centre", "FJ", null,
                Instant.parse("2026-01-02T03:04:05Z"));
        String json = Api.json(data);
        assertThat(JsonMapper.builder().build().readTree(json).get("occurredAt").asText())
                .isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void someAddressIsAPrivateIpv4Address() {
        for (int i = 0; i < 1000; i++) {
            String[] octets = Api.someAddress().split("\\.");
            assertThat(octets).hasSize(4);
            assertThat(octets[0]).isEqualTo("10");
            assertThat(Integer.parseInt(octets[3])).isBetween(1, 254);
        }
    }
}

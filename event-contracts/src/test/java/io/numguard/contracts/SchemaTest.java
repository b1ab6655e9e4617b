package io.numguard.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schemas shipped with the contract name exactly the fields of the records that bind the data. */
class SchemaTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSchemasMatchTheirRecords() throws Exception {
        for (EventType type : new EventType[]{EventType.SEGMENT_SUB_NUMBER_FILED, EventType.LICENSEE_CONTROL_CHANGED}) {
            JsonNode schema;
            String name = "/schemas/" + type.shortName() + ".v1.schema.json";
            try (InputStream in = EventType.class.getResourceAsStream(name)) {
                assertThat(in).as("schema of %s", type).isNotNull();
                schema = json.readTree(in);
            }
            assertThat(schema.get("title").asText()).isEqualTo(type.wireName());
            Set<String> properties = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> components = new HashSet<>(Arrays.stream(type.dataType().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            assertThat(properties).as("properties of %s", type).isEqualTo(components);
            schema.get("required").forEach(r -> assertThat(components).contains(r.asText()));
        }
    }
}

package io.numguard.registry.it;

import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A change of control within 12 months of an allocation is published as a suspected resale. */
@QuarkusTest
class ControlChangeTest {

    @Test
    void aNewLegalRepresentativeSoonAfterAnAllocationIsASuspectedResale() {
        String oldId = Api.randomIdNumber();
        String uscc = Api.registerLicensee("FJ", oldId);
        String code = Api.allocate(uscc);
        String newId = Api.randomIdNumber();
        // the same HMAC as licensee.registered and the sanctions (the dev pepper of the test profile)
        var hashing = new io.numguard.contracts.identity.LegalRepresentativeHashing("numguard-dev-pepper-change-me");
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.licensees.v1")) {
            String body = as(REG_FJ).body(Map.of("legalRepresentative", Map.of("name", "Li Si", "idNumber", newId)))
                    .post("/api/licensees/" + uscc + "/control-changes").then().statusCode(200)
                    .body("suspectedResale", equalTo(true))
                    .body("recorded[0].change", equalTo("LEGAL_REPRESENTATIVE"))
                    .body("recorded[0].recordedBy", equalTo("regulator.fj"))
                    .body("licensee.status", equalTo("SUSPECTED_RESALE"))
                    .extract().asString();
            assertThat(body).doesNotContain(newId);
            ConsumerRecord<String, String> event = tail.await(r -> uscc.equals(r.key())
                    && "io.numguard.licensee.control-changed.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            assertThat(event.value()).contains("\"suspectedResale\":true").contains(code)
                    .contains("\"change\":\"LEGAL_REPRESENTATIVE\"")
                    .contains("\"legalRepresentativeHash\":\"" + hashing.hash(newId) + "\"")
                    .contains("\"previousLegalRepresentativeHash\":\"" + hashing.hash(oldId) + "\"")
                    .doesNotContain(newId);
        }
        as(REG_FJ).body(Map.of("legalRepresentative", Map.of("name", "Li Si", "idNumber", newId)))
                .post("/api/licensees/" + uscc + "/control-changes").then().statusCode(409)
                .body("type", equalTo("urn:numguard:problem:control-unchanged"));
    }

    @Test
    void aChangeWithoutAnyAllocationIsNotSuspect() {
        String uscc = Api.registerLicensee("FJ");
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.licensees.v1")) {
            as(REG_CN).body(Map.of("controllingShareholders", List.of("Wang Wu", "Zhao Liu")))
                    .post("/api/licensees/" + uscc + "/control-changes").then().statusCode(200)
                    .body("suspectedResale", equalTo(false))
                    .body("licensee.controllingShareholders", org.hamcrest.Matchers.contains("Wang Wu", "Zhao Liu"))
                    .body("licensee.status", equalTo("ACTIVE"));
            ConsumerRecord<String, String> event = tail.await(r -> uscc.equals(r.key())
                    && "io.numguard.licensee.control-changed.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            assertThat(event.value()).contains("\"suspectedResale\":false")
                    .contains("\"change\":\"CONTROLLING_SHAREHOLDER\"");
        }
        as(REG_CN).body(Map.of()).post("/api/licensees/" + uscc + "/control-changes").then().statusCode(400);
        as(Api.REG_GD).body(Map.of("controllingShareholders", List.of("X")))
                .post("/api/licensees/" + uscc + "/control-changes").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));
    }
}

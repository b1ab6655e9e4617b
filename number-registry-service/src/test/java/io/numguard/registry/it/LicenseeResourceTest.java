package io.numguard.registry.it;

import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LicenseeResourceTest {

    @Test
    void registersALicenseeWithoutKeepingTheIdNumberAndPublishesTheEvent() {
        String uscc = Api.newUscc("FJ");
        String idNumber = Api.randomIdNumber();
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.licensees.v1")) {
            String body = as(REG_FJ).body(Api.licenseeBody(uscc, "FJ", idNumber, LocalDate.of(2026, 1, 1),
                            LocalDate.of(2031, 1, 1)))
                    .post("/api/licensees").then().statusCode(201)
                    .header("Location", endsWith("/api/licensees/" + uscc))
                    .body("uscc", equalTo(uscc))
                    .body("province", equalTo("FJ"))
                    .body("licence.number", equalTo("B2-" + uscc.substring(10)))
                    .body("licence.validFrom", equalTo("2026-01-01"))
                    .body("licence.validUntil", equalTo("2031-01-01"))
                    .body("controllingShareholders", hasItem("Zhang San"))
                    .body("status", equalTo("ACTIVE"))
                    .extract().asString();
            assertThat(body).doesNotContain(idNumber);

            ConsumerRecord<String, String> event = tail.await(r -> uscc.equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo("io.numguard.licensee.registered.v1");
            assertThat(event.value()).contains("\"legalRepresentativeHash\"").doesNotContain(idNumber);
        }
        as(REG_FJ).get("/api/licensees/" + uscc).then().statusCode(200).body("name", containsString("Call Centre"))
                .body(not(containsString(idNumber)));
    }

    @Test
    void theStoryExampleUsccIsValid() {
        // the exact body of the contract, with a fresh USCC derived from the example's format
        String uscc = Api.newUscc("FJ");
        as(REG_CN).body(Map.of("uscc", uscc, "name", "Demo Call Centre Co.", "province", "FJ",
                        "legalRepresentative", Map.of("name", "Zhang San", "idNumber", "350102198001011234"),
                        "licence", Map.of("number", "B2-20260001", "validFrom", "2026-01-01",
                                "validUntil", "2031-01-01"),
                        "controllingShareholders", List.of("Zhang San")))
                .post("/api/licensees").then().statusCode(201).body("name", equalTo("Demo Call Centre Co."));
    }

    @Test
    void aSecondRegistrationOfTheSameUsccIsAConflict() {
        String uscc = Api.registerLicensee("FJ");
        as(REG_CN).body(Api.licenseeBody(uscc, "FJ", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                        .plusYears(1))).post("/api/licensees").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:licensee-already-registered"));
    }

    @Test
    void concurrentRegistrationsOfOneUsccGiveOneLicenseeAndConflicts() {
        String uscc = Api.newUscc("FJ");
        Map<String, Object> body = Api.licenseeBody(uscc, "FJ", Api.randomIdNumber(), LocalDate.now(),
                LocalDate.now().plusYears(1));
        List<Integer> statuses = java.util.stream.IntStream.range(0, 4).parallel()
                .mapToObj(i -> as(REG_CN).body(body).post("/api/licensees").statusCode()).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithItsOwnProblemType() {
        String valid = Api.newUscc("FJ");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String uscc = valid.substring(0, 17) + wrong;
        as(REG_CN).body(Api.licenseeBody(uscc, "FJ", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                        .plusYears(1))).post("/api/licensees").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:uscc-wrong-check-character"))
                .body("expectedCheckCharacter", equalTo(String.valueOf(valid.charAt(17))));
        as(REG_CN).body(Api.licenseeBody("91350100", "FJ", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                        .plusYears(1))).post("/api/licensees").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:uscc-wrong-length"));
    }

    @Test
    void aJsonNumberWhereAStringIsExpectedIsRefusedNotCoerced() {
        // an all-digit USCC with a right check character: sent as a JSON number it used to be registered
        String uscc;
        do {
            uscc = Api.newUscc("GD");
        } while (!uscc.chars().allMatch(Character::isDigit));
        Map<String, Object> body = new java.util.HashMap<>(Api.licenseeBody(uscc, "GD", Api.randomIdNumber(),
                LocalDate.now(), LocalDate.now().plusYears(1)));
        body.put("uscc", new java.math.BigInteger(uscc));
        as(REG_CN).body(body).post("/api/licensees").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("uscc"));
        body.put("uscc", Api.newUscc("GD"));
        body.put("name", 42);
        as(REG_CN).body(body).post("/api/licensees").then().statusCode(400).body("field", equalTo("name"));
        as(REG_CN).get("/api/licensees/{u}", uscc).then().statusCode(404);
    }

    @Test
    void badValuesAreBadRequestsNotServerErrors() {
        String uscc = Api.newUscc("FJ");
        as(REG_CN).body(Api.licenseeBody(uscc, "XX", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                .plusYears(1))).post("/api/licensees").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value"));
        as(REG_CN).body(Api.licenseeBody(uscc, "FJ", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                .minusYears(1))).post("/api/licensees").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value"));
        as(REG_CN).body(Map.of("uscc", uscc)).post("/api/licensees").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:validation-failed"));
    }

    @Test
    void aProvincialRegulatorRegistersOnlyInItsProvince() {
        String uscc = Api.newUscc("GD");
        as(REG_FJ).body(Api.licenseeBody(uscc, "GD", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                        .plusYears(1))).post("/api/licensees").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));
        as(REG_CN).body(Api.licenseeBody(uscc, "GD", Api.randomIdNumber(), LocalDate.now(), LocalDate.now()
                .plusYears(1))).post("/api/licensees").then().statusCode(201);
        as(REG_FJ).get("/api/licensees/" + uscc).then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));
        as(Api.REG_GD).get("/api/licensees/" + uscc).then().statusCode(200);
    }
}

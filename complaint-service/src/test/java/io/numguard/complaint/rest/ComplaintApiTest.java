package io.numguard.complaint.rest;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowCalculator;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.assessment.persistence.AssessmentStore;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** A citizen's complaint: normalisation, validation, the daily de-duplication, the rate limit, hashing. */
@QuarkusTest
class ComplaintApiTest {
    @Inject
    AssessmentStore assessments;
    @Inject
    EntityManager em;

    private static Map<String, Object> complaint(String number, String category) {
        return Map.of("number", number, "category", category, "calledAt", Instant.now().minusSeconds(300).toString(),
                "text", "they call every morning", "claimedIdentity", "a bank");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "95876543         | 95876543",
            "+86 95876543     | 95876543",
            "+86-958-765-43   | 95876543",
            "0086 9587 6543   | 95876543",
            "(95) 87-65-43    | 95876543",
            "９５８７６５４３  | 95876543",
            "95555            | 95555",
            "958765.43        | 95876543"})
    void numbersAreNormalised(String typed, String canonical) {
        String expected = canonical;
        Fixtures.as(Fixtures.citizen()).body(complaint(typed, "MARKETING")).post("/api/complaints").then()
                .statusCode(201).body("number", equalTo(expected)).body("counted", equalTo(true))
                .body("segmentCode", startsWith(expected.substring(0, 5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "95", "951234567", "abc", "+1 95123456", "95-12a-456", "95 123 456 7", " "})
    void malformedNumbersAreRefused(String typed) {
        Fixtures.as(Fixtures.citizen()).body(complaint(typed, "FRAUD")).post("/api/complaints").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", typed.isBlank() ? equalTo("urn:numguard:problem:validation-failed")
                        : equalTo("urn:numguard:problem:invalid-number"));
    }

    @Test
    void aJsonNumberWhereAStringIsExpectedIsRefusedAndNothingIsStored() {
        String number = Fixtures.newNumber();
        Fixtures.as(Fixtures.citizen()).body("{\"number\":" + number + ",\"category\":\"FRAUD\",\"calledAt\":\""
                        + Instant.now().minusSeconds(60) + "\"}").post("/api/complaints").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("number"));
        assertThat(Fixtures.count("select count(*) from complaint where number = ?1", number)).isZero();
    }

    @Test
    void unknownCategoryAndFutureTimeAreRefused() {
        String citizen = Fixtures.citizen();
        Fixtures.as(citizen).body(complaint(Fixtures.newNumber(), "SPAM")).post("/api/complaints").then()
                .statusCode(400).body("type", equalTo("urn:numguard:problem:unknown-category"))
                .body("field", equalTo("category")).body("allowed", hasItems("MARKETING", "FRAUD", "OTHER"))
                .body("detail", containsString("one of MARKETING, HARASSMENT, FRAUD, ROBOCALL, OTHER"));
        Fixtures.as(citizen).body(Map.of("number", Fixtures.newNumber(), "category", "FRAUD",
                        "calledAt", Instant.now().plusSeconds(3600).toString())).post("/api/complaints").then()
                .statusCode(422).body("type", equalTo("urn:numguard:problem:time-in-future"));
        // an old call is stored as told; the complaint counts now
        Fixtures.as(citizen).body(Map.of("number", Fixtures.newNumber(), "category", "FRAUD",
                        "calledAt", Instant.now().minusSeconds(40L * 24 * 3600).toString())).post("/api/complaints")
                .then().statusCode(201).body("counted", equalTo(true));
        Fixtures.as(citizen).body("{\"number\":").post("/api/complaints").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:malformed-json"));
    }

    /** Free text is stored as typed (rows travel as array literals: tabs, quotes and backslashes are escaped). */
    @Test
    void freeTextIsStoredAsTyped() {
        String number = Fixtures.newNumber();
        String text = "line one\tcol\nline two \\N back\\slash\r\n\\. 电话诈骗 “quoted”";
        Instant calledAt = Instant.parse("2026-11-28T09:15:30.123456789Z");
        Fixtures.as(Fixtures.citizen()).body(Map.of("number", number, "category", "FRAUD",
                        "calledAt", calledAt.toString(), "text", text, "claimedIdentity", "a\\b\tc"))
                .post("/api/complaints").then().statusCode(201);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select text, claimed_identity, called_at, referral_id from complaint where number = ?1")
                .setParameter(1, number).getSingleResult());
        assertThat(row[0]).isEqualTo(text);
        assertThat(row[1]).isEqualTo("a\\b\tc");
        assertThat(Sql.instant(row[2])).isEqualTo(Instant.parse("2026-11-28T09:15:30.123456Z"));
        assertThat(row[3]).isNull();
    }

    @Test
    void aCitizensRepeatedComplaintsAboutOneNumberCountOncePerDay() {
        String number = Fixtures.newNumber();
        String citizen = Fixtures.citizen();
        Fixtures.as(citizen).body(complaint(number, "HARASSMENT")).post("/api/complaints").then().statusCode(201)
                .body("counted", equalTo(true));
        Fixtures.as(citizen).body(complaint("+86 " + number, "FRAUD")).post("/api/complaints").then()
                .statusCode(200).body("counted", equalTo(false));
        Fixtures.as(Fixtures.citizen()).body(complaint(number, "HARASSMENT")).post("/api/complaints").then()
                .statusCode(201).body("counted", equalTo(true));

        // all three are stored; two count, from two distinct complainants
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        select count(*), count(*) filter (where counted), count(distinct complainant_hash)
                        from complaint where number = ?1""").setParameter(1, number).getSingleResult());
        assertThat(((Number) row[0]).intValue()).isEqualTo(3);
        assertThat(((Number) row[1]).intValue()).isEqualTo(2);
        assertThat(((Number) row[2]).intValue()).isEqualTo(2);
        // and the number's windows, read back from its counted complaints, hold those two
        Subject subject = new Subject(SubjectKind.NUMBER, number);
        AssessmentStore.Snapshot snapshot = QuarkusTransaction.requiringNew().call(() ->
                assessments.load(List.of(subject), Instant.now().minus(Duration.ofDays(30))));
        WindowTotals day = WindowCalculator.totals(subject, Window.P1D, Instant.now(), snapshot.bucketsOf(subject),
                snapshot.complainantsOf(subject));
        assertThat(day.count()).isEqualTo(2);
        assertThat(day.distinctComplainants()).isEqualTo(2);
        assertThat(day.count(ComplaintCategory.HARASSMENT)).isEqualTo(2);
        assertThat(day.count(ComplaintCategory.FRAUD)).isZero();
    }

    @Test
    void complainantsPhoneNumbersAreStoredOnlyAsKeyedHashes() {
        String number = Fixtures.newNumber();
        Fixtures.as(Fixtures.citizen()).body(Map.of("number", number, "category", "FRAUD",
                "complainantPhone", "+86 138-0013-8000")).post("/api/complaints").then().statusCode(201);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select complainant_hash, complainant_phone_hash from complaint where number = ?1")
                .setParameter(1, number).getResultList());
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0)[1]).hasSize(64).doesNotContain("13800138000");
        assertThat((String) rows.get(0)[0]).hasSize(64).isNotEqualTo(rows.get(0)[1]);
        Fixtures.as(Fixtures.citizen()).body(Map.of("number", number, "category", "FRAUD",
                        "complainantPhone", "call me maybe")).post("/api/complaints").then().statusCode(422)
                .body("type", equalTo("urn:numguard:problem:invalid-complainant"));
    }

    /** The test profile allows 5 complaints per citizen per hour. */
    @Test
    void aCitizenIsRateLimitedWithRetryAfter() {
        String citizen = Fixtures.citizen();
        for (int i = 0; i < 5; i++) {
            Fixtures.as(citizen).body(complaint(Fixtures.newNumber(), "MARKETING")).post("/api/complaints").then()
                    .statusCode(201);
        }
        Response refused = Fixtures.as(citizen).body(complaint(Fixtures.newNumber(), "MARKETING"))
                .post("/api/complaints");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:numguard:problem:rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        // another citizen is not affected
        Fixtures.as(Fixtures.citizen()).body(complaint(Fixtures.newNumber(), "MARKETING")).post("/api/complaints")
                .then().statusCode(201);
    }
}

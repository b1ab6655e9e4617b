package io.numguard.complaint.opendata;

import io.numguard.complaint.assessment.service.AssessmentService;
import io.numguard.complaint.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.numguard.complaint.testing.Fixtures.anonymous;
import static io.numguard.complaint.testing.Fixtures.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The public segment-labels feed: a segment labelled by complaints and a referral appears, the label's clearing is
 * a removal in the delta, an unchanged feed is 304, nothing of complainants or numbers is in it, and 429 past the
 * per-address limit.
 */
@QuarkusTest
class OpenLabelsFeedTest {
    private static final String FEED = "/open/v1/labels/segments";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AssessmentService assessment;
    @Inject
    EntityManager em;

    /** code -> label of the rows under {@code path}, read through the feed's {@code columns} header. */
    private static Map<String, String> labels(JsonPath feed, String path) {
        List<String> columns = feed.getList("columns", String.class);
        int code = columns.indexOf("code");
        int label = columns.indexOf("label");
        Map<String, String> out = new HashMap<>();
        for (List<String> row : feed.<List<String>>getList(path)) {
            out.put(row.get(code), row.get(label));
        }
        return out;
    }

    private static JsonPath feed(String address) {
        return anonymous(address).get(FEED + ".json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLabelledSegmentAppearsItsClearingIsARemovalAndNoComplainantDataIsShown() {
        String address = someAddress();
        String segment = Fixtures.allocatedSegment(true);
        String text = "calls at night " + UUID.randomUUID();
        Fixtures.as(Fixtures.citizen()).body(Map.of("number", segment + "21", "category", "FRAUD",
                        "calledAt", Instant.now().minusSeconds(60).toString(), "text", text,
                        "claimedIdentity", "a bank", "complainantPhone", "13912345678"))
                .post("/api/complaints").then().statusCode(201);
        Fixtures.sendReferral(UUID.randomUUID().toString(), UUID.randomUUID().toString(), List.of(segment + "21"));
        await().atMost(WAIT).until(() -> {
            Fixtures.segmentsFolded();
            return "SUSPECTED_FRAUD".equals(labels(feed(address), "rows").get(segment));
        });

        Response full = anonymous(address).get(FEED + ".json");
        JsonPath json = full.jsonPath();
        String cursor = json.getString("cursor");
        assertThat(json.getList("columns", String.class)).containsExactly("code", "label", "since");
        assertThat(json.<List<String>>getList("rows")).allSatisfy(row -> {
            assertThat(row).hasSize(3);
            assertThat(row.get(0)).matches("95[0-9]{3,4}"); // segments, never 7- or 8-digit numbers
        });
        // unchanged: 304 to its ETag
        anonymous(address).header("If-None-Match", full.header("ETag")).get(FEED + ".json").then().statusCode(304);
        anonymous(address).header("If-Modified-Since", full.header("Last-Modified")).get(FEED + ".csv").then()
                .statusCode(304);

        // nothing of the complainants: not their hashes, not their text
        @SuppressWarnings("unchecked")
        List<Object[]> secrets = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select complainant_hash, complainant_phone_hash from complaint where segment_code = ?1")
                .setParameter(1, segment).getResultList());
        assertThat(secrets).isNotEmpty();
        String csv = anonymous(address).get(FEED + ".csv").asString();
        for (String body : List.of(full.asString(), csv)) {
            assertThat(body).doesNotContain(text).doesNotContain("13912345678").doesNotContain("a bank");
            for (Object[] s : secrets) {
                for (Object hash : s) {
                    if (hash != null) {
                        assertThat(body).doesNotContain(hash.toString());
                    }
                }
            }
        }
        assertThat(csv.lines().findFirst()).contains("code,label,since");

        // the windows drain: the label clears, the delta after the cursor says so
        assessment.reassessAll(Instant.now().plus(Duration.ofDays(31)));
        await().atMost(WAIT).until(() -> !labels(feed(address), "rows").containsKey(segment));
        JsonPath delta = anonymous(address).get(FEED + ".json?since=" + cursor).then().statusCode(200).extract()
                .jsonPath();
        assertThat(delta.getList("removed", String.class)).contains(segment);
        assertThat(labels(delta, "changed")).doesNotContainKey(segment);
        anonymous(address).header("If-None-Match", full.header("ETag")).get(FEED + ".json").then().statusCode(200);
    }

    @Test
    void pastTheLimitAnAddressGets429() {
        String address = someAddress();
        Response last = null;
        for (int i = 0; i < 31; i++) { // the test profile allows 30 per minute
            last = anonymous(address).get(FEED + ".csv");
        }
        last.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:rate-limited"));
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        anonymous(someAddress()).get(FEED + ".csv").then().statusCode(200);
        RestAssured.given().get("/api/stats/segments").then().statusCode(401);
    }
}

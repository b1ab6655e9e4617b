package io.numguard.registry.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.anonymous;
import static io.numguard.registry.it.Api.as;
import static io.numguard.registry.it.Api.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The public barred-segments feed against the registry itself: after a revocation, a suspension and a
 * reinstatement the full feed and the delta match what the registry says; conditional requests, gzip, CSV, no
 * personal data, no token needed (and nowhere else), and the per-address rate limit.
 */
@QuarkusTest
class OpenDataFeedTest {
    private static final String FEED = "/open/v1/segments/barred";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static JsonPath feed(String address) {
        return anonymous(address).get(FEED + ".json").then().statusCode(200).extract().jsonPath();
    }

    /** The rows under {@code path}, each zipped with the feed's {@code columns} header as a mirror reads them. */
    private static Map<String, Map<String, String>> rowsByCode(JsonPath feed, String path) {
        List<String> columns = feed.getList("columns", String.class);
        Map<String, Map<String, String>> out = new HashMap<>();
        for (List<String> values : feed.<List<String>>getList(path)) {
            assertThat(values).hasSameSizeAs(columns);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), values.get(i));
            }
            out.put(row.get("code"), row);
        }
        return out;
    }

    /** What the registry's own API says should be in the feed: code -> status shown there. */
    private static Map<String, String> barredPerRegistry() {
        Map<String, String> out = new HashMap<>();
        for (String status : List.of("SUSPENDED", "REVOKED", "EXPIRED")) {
            for (Map<String, Object> s : as(REG_CN).get("/api/segments?status=" + status).then().statusCode(200)
                    .extract().jsonPath().<Map<String, Object>>getList("$")) {
                String lifecycle = (String) s.get("lifecycleStatus");
                String shown = switch (status) {
                    case "SUSPENDED" -> "SUSPENDED";
                    case "REVOKED" -> "REVOKED";
                    default -> "QUARANTINED".equals(lifecycle) ? "QUARANTINED" : null;
                };
                if (shown != null) {
                    out.put((String) s.get("code"), shown);
                }
            }
        }
        return out;
    }

    @Test
    void afterRevocationSuspensionAndReinstatementTheFeedAndItsDeltaMatchTheRegistry() {
        String address = someAddress();
        String idNumber = Api.randomIdNumber();
        String uscc = Api.registerLicensee("FJ", idNumber);
        String revoked = Api.allocate(uscc);
        String suspended = Api.allocate(uscc);
        String reinstated = Api.allocate(uscc);
        String untouched = Api.allocate(uscc);
        // an end client on file for the revoked segment: its name must never reach the feed
        as(REG_FJ).post("/api/segments/" + revoked + "/expansion").then().statusCode(200);
        String endClient = "End Client " + UUID.randomUUID();
        as(Api.licenseeToken(uscc)).body(Map.of("number", revoked + "07", "endClient",
                Map.of("name", endClient, "purpose", "customer service")))
                .post("/api/segments/" + revoked + "/sub-numbers").then().statusCode(201);

        JsonPath before = feed(address);
        String cursor0 = before.getString("cursor");
        assertThat(rowsByCode(before, "rows")).doesNotContainKeys(revoked, suspended, reinstated, untouched);

        Api.sendOrder("order.revoke", revoked, "order-" + UUID.randomUUID());
        Api.sendOrder("order.suspend", suspended, "order-" + UUID.randomUUID());
        Api.sendOrder("order.suspend", reinstated, "order-" + UUID.randomUUID());
        await().atMost(WAIT).until(() -> rowsByCode(feed(address), "rows").keySet()
                .containsAll(List.of(revoked, suspended, reinstated)));
        String cursor1 = feed(address).getString("cursor");
        Api.sendOrder("order.reinstate", reinstated, "order-" + UUID.randomUUID());
        await().atMost(WAIT).until(() -> !rowsByCode(feed(address), "rows").containsKey(reinstated));

        JsonPath full = feed(address);
        Map<String, Map<String, String>> rows = rowsByCode(full, "rows");
        assertThat(full.getInt("count")).isEqualTo(rows.size());
        Map<String, String> r = rows.get(revoked);
        assertThat(r).containsEntry("status", "REVOKED").containsEntry("licenseeUscc", uscc)
                .containsEntry("licenseeName", "Call Centre " + uscc.substring(10)).containsEntry("province", "FJ");
        assertThat(r.get("since")).isNotBlank();
        assertThat(rows.get(suspended)).containsEntry("status", "SUSPENDED");
        assertThat(rows).doesNotContainKeys(reinstated, untouched);
        // every row against the registry's own answer, and nothing barred missing
        Map<String, String> shown = new HashMap<>();
        rows.forEach((code, row) -> shown.put(code, row.get("status")));
        assertThat(shown).isEqualTo(barredPerRegistry());

        // the delta after the first cursor: the revocation and the suspension; the reinstated one as a removal
        // (it joined and left after cursor0, so a mirror that never saw it removes nothing it holds: still exact)
        JsonPath delta = anonymous(address).get(FEED + ".json?since=" + cursor0).then().statusCode(200)
                .extract().jsonPath();
        assertThat(delta.getString("since")).isEqualTo(cursor0);
        assertThat(delta.getString("cursor")).isEqualTo(full.getString("cursor"));
        Map<String, Map<String, String>> changed = rowsByCode(delta, "changed");
        assertThat(changed).containsKeys(revoked, suspended).doesNotContainKeys(reinstated, untouched);
        assertThat(changed.get(revoked)).isEqualTo(r);
        assertThat(delta.getList("removed", String.class)).contains(reinstated);
        // after cursor1 (all three barred), only the reinstatement: a removal
        JsonPath delta1 = anonymous(address).get(FEED + ".json?since=" + cursor1).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rowsByCode(delta1, "changed")).doesNotContainKeys(revoked, suspended, reinstated);
        assertThat(delta1.getList("removed", String.class)).contains(reinstated);
        // a mirror applying full(cursor0) + delta ends with exactly the full feed
        Map<String, Map<String, String>> mirror = rowsByCode(before, "rows");
        mirror.putAll(changed);
        delta.getList("removed", String.class).forEach(mirror::remove);
        assertThat(mirror).isEqualTo(rows);

        // CSV: the same rows, header first; the delta with its change column
        String csv = anonymous(address).get(FEED + ".csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,status,since,licenseeUscc,licenseeName,province");
        assertThat(lines).hasSize(rows.size() + 1)
                .contains(String.join(",", revoked, "REVOKED", r.get("since"), uscc, r.get("licenseeName"), "FJ"));
        String csvDelta = anonymous(address).get(FEED + ".csv?since=" + cursor1).then().statusCode(200)
                .extract().asString();
        assertThat(csvDelta.lines().toList()).first().isEqualTo("change,code,status,since,licenseeUscc,"
                + "licenseeName,province");
        assertThat(csvDelta).contains("remove," + reinstated + ",,,,,");
        // by Accept on the plain path
        assertThat(anonymous(address).accept("text/csv").get(FEED).then().statusCode(200).extract().asString())
                .isEqualTo(csv);

        // no personal data anywhere in either form
        for (String body : List.of(csv, anonymous(address).get(FEED + ".json").asString(),
                anonymous(address).get(FEED + ".json?since=0").asString())) {
            assertThat(body).doesNotContain(idNumber).doesNotContain("Zhang San").doesNotContain(endClient)
                    .doesNotContain("legalRepresentative").doesNotContain("endClient");
        }
        assertThat(full.getList("columns", String.class))
                .containsExactly("code", "status", "since", "licenseeUscc", "licenseeName", "province");
        assertThat(full.<List<String>>getList("rows")).allSatisfy(row -> assertThat(row).hasSize(6));
    }

    @Test
    void anUnchangedFeedAnswers304ToItsETagAndToItsDate() {
        String address = someAddress();
        Response first = anonymous(address).get(FEED + ".json");
        first.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", equalTo("Accept, Accept-Encoding"));
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).matches("\"[0-9a-f]{24}-json\"");
        anonymous(address).header("If-None-Match", etag).get(FEED + ".json").then().statusCode(304)
                .header("ETag", etag);
        anonymous(address).header("If-None-Match", "\"other\", " + etag).get(FEED + ".json").then().statusCode(304);
        anonymous(address).header("If-Modified-Since", lastModified).get(FEED + ".json").then().statusCode(304);
        anonymous(address).header("If-None-Match", "\"stale\"").get(FEED + ".json").then().statusCode(200);
        // another form is another representation: its own tag
        String csvTag = anonymous(address).get(FEED + ".csv").header("ETag");
        assertThat(csvTag).isNotEqualTo(etag);
        anonymous(address).header("If-None-Match", etag).get(FEED + ".csv").then().statusCode(200);
        // a delta revalidates too
        String cursor = first.jsonPath().getString("cursor");
        String deltaTag = anonymous(address).get(FEED + ".json?since=" + cursor).header("ETag");
        anonymous(address).header("If-None-Match", deltaTag).get(FEED + ".json?since=" + cursor).then()
                .statusCode(304);

        // a change moves the tag: the old one no longer matches
        String code = Api.allocate(Api.registerLicensee("FJ"));
        Api.sendOrder("order.suspend", code, "order-" + UUID.randomUUID());
        await().atMost(WAIT).until(() -> anonymous(address).header("If-None-Match", etag).get(FEED + ".json")
                .statusCode() == 200);
    }

    @Test
    void gzipWhenAskedAndOnlyThen() {
        String address = someAddress();
        Response plain = anonymous(address).header("Accept-Encoding", "identity").get(FEED + ".json");
        plain.then().statusCode(200);
        assertThat(plain.header("Content-Encoding")).isNull();
        Response gz = anonymous(address).header("Accept-Encoding", "gzip").get(FEED + ".json");
        gz.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        assertThat(gz.header("ETag")).isEqualTo(plain.header("ETag").replaceAll("\"$", "-gz\""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.asByteArray()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(plain.asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noTokenOnTheFeedOnlyAndBadCursorsAre400() {
        String address = someAddress();
        anonymous(address).header("Authorization", "Bearer not-a-token").get(FEED + ".json").then().statusCode(200);
        RestAssured.given().get("/api/segments").then().statusCode(401);
        anonymous(address).get(FEED + ".json?since=abc").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-parameter"))
                .body("parameter", equalTo("since"));
        anonymous(address).accept("text/html").get(FEED).then().statusCode(406)
                .body("type", equalTo("urn:numguard:problem:not-acceptable"));
        // the document lists the feed without a security requirement
        String openapi = RestAssured.given().get("/q/openapi?format=json").asString();
        assertThat(openapi).contains("/open/v1/segments/barred").contains("/open/v1/segments/barred.csv");
    }

    @Test
    void pastTheLimitAnAddressGets429WithRetryAfterAndOthersGoOn() {
        String address = someAddress();
        Set<Integer> statuses = new HashSet<>();
        Response last = null;
        for (int i = 0; i < 31; i++) { // the test profile allows 30 per minute
            last = anonymous(address).header("Accept-Encoding", "gzip").get(FEED + ".csv");
            statuses.add(last.statusCode());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 429);
        last.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:rate-limited"));
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        anonymous(someAddress()).get(FEED + ".csv").then().statusCode(200);
    }
}

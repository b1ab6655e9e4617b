package io.numguard.enforcement.it;

import io.numguard.devstack.testing.Links;
import io.numguard.devstack.testing.TestTokens;
import io.numguard.enforcement.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.numguard.enforcement.testing.Api.AUD;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static io.numguard.enforcement.testing.Api.newUscc;
import static io.numguard.enforcement.testing.Api.registerLicensee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Keyset paging of the lists: a stable order (newest first), {@code Link: rel="next"} while there is more and not
 * after the last page, each row exactly once, and a 400 naming the parameter for a bad limit or cursor.
 */
@QuarkusTest
class PagingApiTest {
    @Inject
    Db db;

    /** Walks a list with {@code ?limit=}, following {@code Link: rel="next"}; returns each page's ids. */
    static List<List<String>> pages(String token, String firstPage) {
        return Links.walk(firstPage, url -> {
            Response r = as(token).urlEncodingEnabled(false).get(url);
            assertThat(r.statusCode()).as(url + ": " + r.asString()).isEqualTo(200);
            return new Links.Fetched(r.jsonPath().getList("id", String.class), r.header("Link"));
        }, 50);
    }

    @Test
    void casesPageNewestFirstWithALinkToTheNextPage() {
        // a province of its own, so that the regulator's list holds only this test's cases
        String province = "T" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
        String regulator = TestTokens.regulator(AUD, "regulator.paging", province);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String uscc = newUscc();
            registerLicensee(uscc, province, null);
            db.awaitLicensee(uscc, province);
            opened.add(0, as(regulator).body(Map.of("subjectKind", "LICENSEE", "subject", uscc, "reason", "paging"))
                    .post("/api/cases").then().statusCode(201).extract().path("id"));
        }
        List<List<String>> pages = pages(regulator, "/api/cases?limit=2");
        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(opened);
        // the filter stays on the next page's link
        assertThat(pages(regulator, "/api/cases?state=OPEN&limit=4")).extracting(List::size).containsExactly(4, 1);
        assertThat(pages(regulator, "/api/cases?state=CLOSED&limit=4")).containsExactly(List.of());
        assertThat(pages(regulator, "/api/cases?limit=5")).containsExactly(opened);
    }

    @Test
    void sanctionsAndReferralsPageToo() {
        String uscc = newUscc();
        registerLicensee(uscc, "FJ", "lr-" + uscc);
        db.awaitLicensee(uscc, "FJ");
        List<String> imposed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            imposed.add(0, as(REGULATOR_FJ).body(Map.of("uscc", uscc, "reason", "paging " + i))
                    .post("/api/sanctions").then().statusCode(201).extract().path("id"));
        }
        List<List<String>> sanctionPages = pages(REGULATOR_FJ, "/api/sanctions?uscc=" + uscc + "&limit=2");
        assertThat(sanctionPages).extracting(List::size).containsExactly(2, 1);
        assertThat(sanctionPages.stream().flatMap(List::stream).toList()).isEqualTo(imposed);

        // referrals: police see their agency's; a regulator those that joined a case of its province
        String agency = "PAGING-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String police = TestTokens.police(AUD, "police.paging", agency);
        String code = newSegmentCode();
        allocateSegment(code, uscc, "FJ", List.of("CT"));
        db.awaitSegment(code, "ALLOCATED");
        List<String> referred = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            referred.add(0, as(police).body(Map.of("policeCaseNumber", "P-" + i, "lossYuan", 100,
                            "suspectNumbers", List.of(code + "1" + i)))
                    .post("/api/referrals").then().statusCode(201).extract().path("id"));
        }
        List<List<String>> referralPages = pages(police, "/api/referrals?limit=2");
        assertThat(referralPages).extracting(List::size).containsExactly(2, 1);
        assertThat(referralPages.stream().flatMap(List::stream).toList()).isEqualTo(referred);
        assertThat(pages(REGULATOR_FJ, "/api/referrals?limit=500").stream().flatMap(List::stream).toList())
                .containsSubsequence(referred);
        String gd = TestTokens.regulator(AUD, "regulator.gd", "GD");
        assertThat(pages(gd, "/api/referrals?limit=500").stream().flatMap(List::stream).toList())
                .doesNotContainAnyElementsOf(referred);
        assertThat(pages(TestTokens.police(AUD, "police.other", "OTHER-PSB"), "/api/referrals").stream()
                .flatMap(List::stream).toList()).doesNotContainAnyElementsOf(referred);
    }

    @Test
    void aBadLimitOrCursorIsA400NamingTheParameter() {
        for (String path : List.of("/api/cases", "/api/sanctions", "/api/referrals")) {
            String token = path.equals("/api/referrals") ? io.numguard.enforcement.testing.Api.POLICE_FZ : REGULATOR_CN;
            for (String limit : List.of("0", "501", "abc", "-1", "1.5")) {
                as(token).get(path + "?limit=" + limit).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:numguard:problem:invalid-page-limit"))
                        .body("parameter", equalTo("limit")).body("maximum", equalTo(500));
            }
            for (String cursor : List.of("garbage", "djF8MXwy", "%00", "x".repeat(300))) {
                as(token).urlEncodingEnabled(false).get(path + "?cursor=" + cursor).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:numguard:problem:invalid-cursor"))
                        .body("parameter", equalTo("cursor"));
            }
            as(token).get(path + "?limit=500").then().statusCode(200);
        }
    }
}

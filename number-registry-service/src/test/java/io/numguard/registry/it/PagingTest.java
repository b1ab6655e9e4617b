package io.numguard.registry.it;

import io.numguard.devstack.testing.Links;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Keyset paging of the registry's lists: newest first, {@code Link: rel="next"} while there is more, every row
 * once, a 400 naming the parameter for a bad limit or cursor; and a malformed id in a path is a 400, never a 500.
 */
@QuarkusTest
class PagingTest {

    /** Walks a list, following {@code Link: rel="next"}; returns each page's values of {@code field}. */
    static List<List<String>> pages(String token, String firstPage, String field) {
        return Links.walk(firstPage, url -> {
            Response r = as(token).urlEncodingEnabled(false).get(url);
            assertThat(r.statusCode()).as(url + ": " + r.asString()).isEqualTo(200);
            return new Links.Fetched(r.jsonPath().getList(field, String.class), r.header("Link"));
        }, 200);
    }

    @Test
    void segmentsOfALicenseePageNewestFirst() {
        String uscc = Api.registerLicensee("FJ");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            codes.add(0, Api.allocate(uscc));
        }
        List<List<String>> pages = pages(REG_FJ, "/api/segments?licensee=" + uscc + "&limit=2", "code");
        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(codes);
        assertThat(pages(REG_FJ, "/api/segments?licensee=" + uscc + "&limit=5", "code")).containsExactly(codes);
        assertThat(pages(REG_FJ, "/api/segments?licensee=" + uscc + "&status=SUSPENDED&limit=2", "code"))
                .containsExactly(List.of());
    }

    @Test
    void licenseesPageNewestFirstEachOnce() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            registered.add(0, Api.registerLicensee("FJ"));
        }
        List<String> firstPage = pages(REG_FJ, "/api/licensees?limit=3", "uscc").get(0);
        assertThat(firstPage).isEqualTo(registered);
        List<String> all = pages(REG_CN, "/api/licensees?limit=7", "uscc").stream().flatMap(List::stream).toList();
        assertThat(all).doesNotHaveDuplicates().containsSubsequence(registered);
        assertThat(all).hasSameElementsAs(pages(REG_CN, "/api/licensees?limit=500", "uscc").stream()
                .flatMap(List::stream).toList());
    }

    @Test
    void aBadLimitOrCursorIsA400NamingTheParameter() {
        for (String path : List.of("/api/segments", "/api/licensees")) {
            for (String limit : List.of("0", "501", "abc")) {
                as(REG_CN).get(path + "?limit=" + limit).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:numguard:problem:invalid-page-limit"))
                        .body("parameter", equalTo("limit"));
            }
            // "v1|1|2|x" is the right shape with an id no row can have; "djF8" is not a cursor at all
            for (String cursor : List.of("garbage", "djF8", "%00")) {
                as(REG_CN).urlEncodingEnabled(false).get(path + "?cursor=" + cursor).then().statusCode(400)
                        .body("type", equalTo("urn:numguard:problem:invalid-cursor"))
                        .body("parameter", equalTo("cursor"));
            }
        }
        // a well-formed cursor whose id is not a segment row id
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1|1|0|not-a-number".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as(REG_CN).get("/api/segments?cursor=" + forged).then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-cursor"));
    }

    @Test
    void aMalformedIdInAPathIsA400Problem() {
        for (String path : List.of("/api/licensees/%00", "/api/licensees/%00/control-changes",
                "/api/segments/%00", "/api/segments/%00/history", "/api/segments/%00/expansion",
                "/api/segments/%00/outbound", "/api/numbers/%00?caseRef=x", "/api/segments?licensee=%00")) {
            boolean post = path.endsWith("control-changes") || path.endsWith("expansion")
                    || path.endsWith("outbound");
            var request = as(REG_CN).urlEncodingEnabled(false).body("{}");
            Response r = post ? request.post(path) : request.get(path);
            assertThat(r.statusCode()).as(path + ": " + r.asString()).isEqualTo(400);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
        }
    }
}

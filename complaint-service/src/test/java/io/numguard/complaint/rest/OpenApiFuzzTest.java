package io.numguard.complaint.rest;

import io.numguard.complaint.testing.Fixtures;
import io.numguard.devstack.testing.OpenApiFuzz;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document with malformed input, as every role: no 5xx, problem+json on every 4xx,
 * and no row written (complaints, call statistics) for a refused request.
 */
@QuarkusTest
class OpenApiFuzzTest {
    @TestHTTPResource("/")
    URI base;

    static long rows() {
        return Fixtures.count("select (select count(*) from complaint) + (select count(*) from call_stats)");
    }

    @Test
    void everyOperationRefusesMalformedInputCleanly() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("regulator.cn", Fixtures.regulator("CN"));
        tokens.put("police", Fixtures.police());
        tokens.put("carrier.ct", Fixtures.carrier("CT"));
        tokens.put("licensee", Fixtures.licensee());
        tokens.put("citizen", Fixtures.citizen());

        OpenApiFuzz.Result result = OpenApiFuzz.run(base, tokens, OpenApiFuzzTest::rows);

        assertThat(result.requests()).isGreaterThan(500);
        assertThat(result.findings()).isEmpty();
    }
}

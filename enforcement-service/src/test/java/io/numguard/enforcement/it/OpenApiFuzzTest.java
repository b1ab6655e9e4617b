package io.numguard.enforcement.it;

import io.numguard.devstack.testing.OpenApiFuzz;
import io.numguard.enforcement.testing.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.CITIZEN;
import static io.numguard.enforcement.testing.Api.LICENSEE;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of the OpenAPI document with malformed input, as every role: no 5xx, problem+json on every 4xx,
 * and no row written (cases, sanctions, referrals, acknowledgements, decisions) for a refused request.
 */
@QuarkusTest
class OpenApiFuzzTest {
    @TestHTTPResource("/")
    URI base;
    @Inject
    Db db;

    long rows() {
        return db.count("select (select count(*) from enforcement_case) + (select count(*) from sanction)"
                + " + (select count(*) from referral) + (select count(*) from carrier_acknowledgement)"
                + " + (select count(*) from decision_log)");
    }

    @Test
    void everyOperationRefusesMalformedInputCleanly() throws Exception {
        // events of earlier tests may still be landing: start from a database at rest
        long[] last = {-1};
        await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofSeconds(2)).until(() -> {
            long now = rows();
            boolean quiet = now == last[0];
            last[0] = now;
            return quiet;
        });
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("regulator.cn", REGULATOR_CN);
        tokens.put("police.fz", POLICE_FZ);
        tokens.put("carrier.ct", CARRIER_CT);
        tokens.put("licensee.demo", LICENSEE);
        tokens.put("citizen.demo", CITIZEN);

        OpenApiFuzz.Result result = OpenApiFuzz.run(base, tokens, this::rows);

        assertThat(result.requests()).isGreaterThan(1000);
        assertThat(result.findings()).isEmpty();
    }
}

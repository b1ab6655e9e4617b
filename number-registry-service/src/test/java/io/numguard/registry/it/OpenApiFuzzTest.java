package io.numguard.registry.it;

import io.numguard.devstack.testing.OpenApiFuzz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document with malformed input, as every role: no 5xx, problem+json on every 4xx,
 * and no row written (licensees, segments, filings, police lookups) for a refused request.
 */
@QuarkusTest
class OpenApiFuzzTest {
    @TestHTTPResource("/")
    URI base;
    @Inject
    EntityManager em;

    long rows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select (select count(*) from licensee) + (select count(*) from licensee_control_change)"
                        + " + (select count(*) from segment) + (select count(*) from segment_history)"
                        + " + (select count(*) from sub_number_filing_audit) + (select count(*) from police_lookup_audit)")
                .getSingleResult()).longValue());
    }

    @Test
    void everyOperationRefusesMalformedInputCleanly() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("regulator.cn", Api.REG_CN);
        tokens.put("police.fz", Api.POLICE);
        tokens.put("carrier.ct", Api.CARRIER_CT);
        tokens.put("licensee", Api.licenseeToken("91350100M00010006A"));
        tokens.put("citizen.demo", Api.CITIZEN);

        OpenApiFuzz.Result result = OpenApiFuzz.run(base, tokens, this::rows);

        assertThat(result.requests()).isGreaterThan(1000);
        assertThat(result.findings()).isEmpty();
    }
}

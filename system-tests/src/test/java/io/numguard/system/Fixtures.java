package io.numguard.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** What several system tests create the same way: a licensee's registration, a segment code nobody holds. */
final class Fixtures {
    private static final Set<String> USED_CODES = ConcurrentHashMap.newKeySet();

    private Fixtures() {
    }

    /** A Fujian licensee with a licence valid from a year ago for five years. */
    static Map<String, Object> licensee(String uscc, String name, String representative, String idNumber) {
        LocalDate today = LocalDate.now();
        return Map.of("uscc", uscc, "name", name, "province", "FJ",
                "legalRepresentative", Map.of("name", representative, "idNumber", idNumber),
                "licence", Map.of("number", "B2-" + uscc.substring(10, 17), "validFrom",
                        today.minusYears(1).toString(), "validUntil", today.plusYears(4).toString()),
                "controllingShareholders", List.of(representative));
    }

    /**
     * A 5-digit code in the allowed 951/952 ranges of the number plan, never the reserved 95110, not used before
     * in this test JVM and not known to the registry.
     */
    static String freeSegmentCode(String registry) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            String c = "95" + (1 + r.nextInt(2)) + String.format("%02d", r.nextInt(100));
            if (c.startsWith("95110") || !USED_CODES.add(c)) {
                continue;
            }
            int status = given().auth().oauth2(SuiteStack.token("regulator.cn"))
                    .get(registry + "/api/segments/{code}", c).statusCode();
            if (status == 404) {
                return c;
            }
        }
    }
}

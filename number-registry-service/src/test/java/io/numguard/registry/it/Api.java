package io.numguard.registry.it;

import io.numguard.contracts.identity.Uscc;
import io.numguard.devstack.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data and calls shared by the module's {@code @QuarkusTest}s, on top of devstack's {@link
 * io.numguard.devstack.testing.Api} (requests as a user, CloudEvents to the broker). Every test makes its own
 * licensees and codes (all tests share one database, which also outlives a run), so codes are picked free of every
 * live segment.
 */
public final class Api extends io.numguard.devstack.testing.Api {
    public static final String AUD = "numguard-registry";
    public static final String REG_CN = TestTokens.regulator(AUD, "regulator.cn", "CN");
    public static final String REG_FJ = TestTokens.regulator(AUD, "regulator.fj", "FJ");
    public static final String REG_GD = TestTokens.regulator(AUD, "regulator.gd", "GD");
    public static final String POLICE = TestTokens.police(AUD, "police.fz", "FZPSB");
    public static final String CARRIER_CT = TestTokens.carrier(AUD, "carrier.ct", "CT");
    public static final String CITIZEN = TestTokens.citizen(AUD, "citizen.demo");

    private static final Set<String> handedOut = new HashSet<>();

    private Api() {
    }

    public static String licenseeToken(String uscc) {
        return TestTokens.licensee(AUD, "licensee." + uscc.substring(10).toLowerCase(), uscc);
    }

    /** A random USCC of a company registered in the province's division, with a correct check character. */
    public static String newUscc(String province) {
        String division = switch (province) {
            case "GD" -> "440300";
            case "BJ" -> "110108";
            default -> "350100";
        };
        StringBuilder sb = new StringBuilder("91").append(division);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(Uscc.CHARSET.charAt(r.nextInt(10)));
        }
        return sb.append(Uscc.checkCharacter(sb)).toString();
    }

    public static String randomIdNumber() {
        return "3501021980" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static Map<String, Object> licenseeBody(String uscc, String province, String idNumber,
                                                   LocalDate validFrom, LocalDate validUntil) {
        String suffix = uscc.length() > 10 ? uscc.substring(10) : uscc;
        return Map.of("uscc", uscc, "name", "Call Centre " + suffix, "province", province,
                "legalRepresentative", Map.of("name", "Zhang San", "idNumber", idNumber),
                "licence", Map.of("number", "B2-" + suffix, "validFrom", validFrom.toString(),
                        "validUntil", validUntil.toString()),
                "controllingShareholders", List.of("Zhang San"));
    }

    /** Registers a licensee with a valid licence as the ministry; returns its USCC. */
    public static String registerLicensee(String province) {
        return registerLicensee(province, randomIdNumber());
    }

    public static String registerLicensee(String province, String idNumber) {
        String uscc = newUscc(province);
        as(REG_CN).body(licenseeBody(uscc, province, idNumber, LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(4))).post("/api/licensees").then().statusCode(201);
        return uscc;
    }

    /** A 6-digit code inside the plan that overlaps no live segment and was not handed out before. */
    public static synchronized String freeCode() {
        List<String> live = as(REG_CN).get("/api/segments").then().statusCode(200).extract().jsonPath()
                .getList("code", String.class);
        String[] ranges = {"950", "952", "954", "957"};
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String code = ranges[r.nextInt(ranges.length)] + String.format("%03d", r.nextInt(1000));
            boolean clash = handedOut.contains(code)
                    || live.stream().anyMatch(c -> c.startsWith(code) || code.startsWith(c));
            if (!clash) {
                handedOut.add(code);
                return code;
            }
        }
        throw new IllegalStateException("no free code left");
    }

    public static void handOut(String code) {
        synchronized (Api.class) {
            handedOut.add(code);
        }
    }

    /** Allocates a free code to the licensee as the ministry, inbound only, carrier CT; returns the code. */
    public static String allocate(String uscc) {
        String code = freeCode();
        as(REG_CN).body(Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT")))
                .post("/api/segments").then().statusCode(201);
        return code;
    }

    public static String status(String code) {
        return as(REG_CN).get("/api/segments/" + code).then().statusCode(200).extract().path("status");
    }

    public static String lifecycleStatus(String code) {
        return as(REG_CN).get("/api/segments/" + code).then().statusCode(200).extract().path("lifecycleStatus");
    }

    public static String orderJson(String orderId, String code, String action) {
        return """
                {"orderId":"%s","caseId":"case-1","segmentCode":"%s","action":"%s","reason":"test order",
                 "fraud":false,"proposedBy":"regulator.fj","approvedBy":"regulator.fj2","decidedAt":"%s"}"""
                .formatted(orderId, code, action, Instant.now());
    }

    public static String sendOrder(String type, String code, String orderId) {
        String id = UUID.randomUUID().toString();
        return sendEvent("numguard.enforcement.orders.v1", type, code,
                orderJson(orderId, code, type.substring("order.".length()).toUpperCase()), id);
    }
}

package io.numguard.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.contracts.EventType;
import io.numguard.contracts.Topics;
import io.numguard.devstack.KafkaBroker;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The story of ARCHITECTURE.md ("The story the whole suite must carry", steps 1 to 9) against the whole suite as
 * built: three service jars, real PostgreSQL, Kafka and Keycloak, real tokens of the demo users (password = user
 * name). Each step asserts what the user of that step sees; the steps share state through static fields and run
 * in order. Segment codes and USCCs are fresh per run.
 *
 * <p>Two carriers' own systems follow {@code numguard.registry.segments.v1} as plain Kafka consumer groups
 * (subscribe, commit), created before anything happens, and check the CloudEvents headers of what reaches them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorySystemTest {
    private static final String REGULATOR_CN = "regulator.cn";
    private static final String REGULATOR_FJ = "regulator.fj";
    private static final String REGULATOR_FJ2 = "regulator.fj2";
    private static final String POLICE_FZ = "police.fz";
    private static final String CARRIER_CT = "carrier.ct";
    private static final String CARRIER_CM = "carrier.cm";
    private static final String CITIZEN = "citizen.demo";
    private static final String LICENSEE_DEMO = "licensee.demo";

    /** The registry's consumer group (its application.properties): it applies orders and sanctions. */
    private static final String REGISTRY_GROUP = "numguard-registry";
    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String registry;
    private static String complaints;
    private static String enforcement;
    private static String bootstrap;

    // the story's subjects, fresh per run
    private static String code;
    private static String n456;
    private static String n457;
    private static String n458;
    private static String n999;
    private static String usccA;
    private static String legalRepresentativeIdA;
    private static String policeCaseNumber;
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000);

    // what the steps learn and hand on
    private static String caseId;
    private static String orderId;
    private static ConsumerRecord<String, String> sanctionImposed;

    // carriers' own systems and the event taps of the steps
    private static CarrierSegmentFeed carrierCtSystem;
    private static CarrierSegmentFeed carrierCmSystem;
    private static KafkaTestClient.Tail signals;
    private static KafkaTestClient.Tail labels;
    private static KafkaTestClient.Tail orders;
    private static KafkaTestClient.Tail sanctions;
    private static KafkaTestClient.Tail licensees;

    @BeforeAll
    static void startSuiteAndCarrierSystems() {
        SuiteStack.get();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        registry = SuiteStack.url(Service.REGISTRY);
        complaints = SuiteStack.url(Service.COMPLAINT);
        enforcement = SuiteStack.url(Service.ENFORCEMENT);
        bootstrap = SuiteStack.get().kafka().bootstrapServers();

        code = freeSegmentCode();
        n456 = code + "456";
        n457 = code + "457";
        n458 = code + "458";
        n999 = code + "999";
        usccA = Uscc.random("3501");
        legalRepresentativeIdA = "35010219800101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000))
                + "X";
        policeCaseNumber = "FZ-GA-" + RUN;

        // a carrier's system subscribes before anything happens (its own group, committed offsets)
        carrierCtSystem = new CarrierSegmentFeed("ct", Topics.REGISTRY_SEGMENTS, "blocking-" + UUID.randomUUID());
        carrierCmSystem = new CarrierSegmentFeed("cm", Topics.REGISTRY_SEGMENTS, "blocking-" + UUID.randomUUID());
        signals = KafkaTestClient.tail(bootstrap, Topics.COMPLAINT_SIGNALS);
        labels = KafkaTestClient.tail(bootstrap, Topics.REPUTATION_LABELS);
        orders = KafkaTestClient.tail(bootstrap, Topics.ENFORCEMENT_ORDERS);
        sanctions = KafkaTestClient.tail(bootstrap, Topics.ENFORCEMENT_SANCTIONS);
        licensees = KafkaTestClient.tail(bootstrap, Topics.REGISTRY_LICENSEES);
    }

    @AfterAll
    static void closeConsumers() {
        for (AutoCloseable c : new AutoCloseable[]{carrierCtSystem, carrierCmSystem, signals, labels, orders,
                sanctions, licensees}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // the JVM ends anyway
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. A regulator registers licensee A and allocates a segment with carrier CT, inbound-only; then expands it.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void step1_regulatorRegistersLicenseeAllocatesAnInboundOnlySegmentAndExpandsIt() {
        String body = as(REGULATOR_FJ).body(licensee(usccA, "Minjiang Customer Service Co. " + RUN,
                        "Chen Jian", legalRepresentativeIdA))
                .post(registry + "/api/licensees").then().statusCode(201)
                .header("Location", endsWith("/api/licensees/" + usccA))
                .body("uscc", equalTo(usccA)).body("province", equalTo("FJ")).body("status", equalTo("ACTIVE"))
                .extract().asString();
        assertThat(body).as("the legal representative's ID number is never echoed").doesNotContain(
                legalRepresentativeIdA);

        // CT carries the segment; CM too (step 7 needs a second carrier that owes an acknowledgement)
        as(REGULATOR_FJ).body(Map.of("code", code, "licenseeUscc", usccA, "carriers", List.of("CT", "CM")))
                .post(registry + "/api/segments").then().statusCode(201)
                .header("Location", endsWith("/api/segments/" + code))
                .body("code", equalTo(code)).body("licenseeUscc", equalTo(usccA)).body("province", equalTo("FJ"))
                .body("status", equalTo("ALLOCATED")).body("carriers", contains("CT", "CM"))
                .body("outboundAuthorised", equalTo(false)).body("expanded", equalTo(false));

        as(REGULATOR_FJ).post(registry + "/api/segments/{code}/expansion", code).then().statusCode(200)
                .body("expanded", equalTo(true)).body("status", equalTo("ALLOCATED"));
        as(REGULATOR_FJ2).post(registry + "/api/segments/{code}/expansion", code).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:segment-already-expanded"));

        // valid 5 years from the allocation's China date, the last day included
        JsonPath segment = as(REGULATOR_FJ2).get(registry + "/api/segments/{code}", code).then().statusCode(200)
                .extract().jsonPath();
        assertThat(LocalDate.parse(segment.getString("validUntil")))
                .isEqualTo(LocalDate.parse(segment.getString("validFrom")).plusYears(5).minusDays(1));

        // carrier CT: who holds a number of the expanded segment
        as(CARRIER_CT).get(registry + "/api/numbers/{n}", n456).then().statusCode(200)
                .body("number", equalTo(n456)).body("held", equalTo(true)).body("segment.code", equalTo(code))
                .body("licensee.uscc", equalTo(usccA)).body("carriers", contains("CT", "CM"))
                .body("status", equalTo("ALLOCATED")).body("outboundAuthorised", equalTo(false));

        // the carrier's own system sees the allocation and the expansion on the segment topic
        var allocated = carrierCtSystem.await("segment.allocated of " + code,
                r -> code.equals(r.key()) && EventType.SEGMENT_ALLOCATED.wireName().equals(type(r)), ASYNC);
        assertThat(data(allocated).get("status").asText()).isEqualTo("ALLOCATED");
        assertThat(data(allocated).get("outboundAuthorised").asBoolean()).isFalse();
        var expanded = carrierCtSystem.await("segment.expanded of " + code,
                r -> code.equals(r.key()) && EventType.SEGMENT_EXPANDED.wireName().equals(type(r)), ASYNC);
        assertThat(data(expanded).get("expanded").asBoolean()).isTrue();

        // call-time screening: the complaint service learned the segment; a call made from it (OUTBOUND) is
        // warned about, since the segment is inbound-only; a call to it is allowed
        await("complaint service learns " + code).atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                "ALLOCATED".equals(as(CARRIER_CT).get(complaints + "/api/reputation/{n}", n456).then()
                        .statusCode(200).extract().path("segmentStatus")));
        as(CARRIER_CT).get(complaints + "/api/reputation/{n}", n456).then().statusCode(200)
                .body("segmentCode", equalTo(code)).body("label", equalTo("NONE")).body("verdict", equalTo("WARN"))
                .body("direction", equalTo("OUTBOUND")).body("reasonCodes", hasItem("OUTBOUND_FROM_INBOUND_ONLY"));
        as(CARRIER_CT).get(complaints + "/api/reputation/{n}?direction=INBOUND", n456).then().statusCode(200)
                .body("verdict", equalTo("ALLOW"));

        // another licensee (licensee.demo's company) may not read A's segment
        as(LICENSEE_DEMO).get(registry + "/api/segments/{code}", code).then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:other-licensee"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. Citizens and carrier CT report harassment and fraud on numbers that differ in their last digits.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void step2_citizensAndCarrierCtReportNumbersThatDifferInTheirLastDigits() {
        Instant calledAt = Instant.now().minus(Duration.ofMinutes(10));
        String[][] citizenReports = {{n456, "HARASSMENT"}, {n457, "FRAUD"}, {n458, "HARASSMENT"}};
        for (String[] report : citizenReports) {
            as(CITIZEN).body(Map.of("number", report[0], "category", report[1], "calledAt", calledAt.toString(),
                            "text", "said my bank card was frozen and asked for a code",
                            "claimedIdentity", "bank customer service"))
                    .post(complaints + "/api/complaints").then().statusCode(201)
                    .body("number", equalTo(report[0])).body("segmentCode", equalTo(code))
                    .body("category", equalTo(report[1])).body("counted", equalTo(true));
        }
        // the same citizen about the same number on the same day: stored, not counted again
        as(CITIZEN).body(Map.of("number", n456, "category", "HARASSMENT", "calledAt", calledAt.toString()))
                .post(complaints + "/api/complaints").then().statusCode(200).body("counted", equalTo(false));

        // carrier CT's subscribers' marks: 3 per number, each by another subscriber (carrier weight 2 each).
        // With the defaults (SEGMENT/P1D/ALL:20, NUMBER/P1D/ALL:10, SEGMENT/P1D/FRAUD:10; labels 10/10/20 per
        // number, 30/30/40 per segment) the segment's weighted day total becomes 3 + 9 x 2 = 21: it crosses its
        // threshold, while no number crosses its own (1 + 3 x 2 = 7), the FRAUD total stays at 1 + 4 x 2 = 9 and no
        // label is earned yet.
        String[][] marks = {
                {n456, "HARASSMENT"}, {n456, "HARASSMENT"}, {n456, "FRAUD"},
                {n457, "FRAUD"}, {n457, "FRAUD"}, {n457, "HARASSMENT"},
                {n458, "HARASSMENT"}, {n458, "HARASSMENT"}, {n458, "FRAUD"}};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            rows.add(Map.of("number", marks[i][0], "category", marks[i][1],
                    "markedAt", Instant.now().minusSeconds(60L * (i + 1)).toString(),
                    "markerPhone", "1390" + RUN + String.format("%02d", i)));
        }
        as(CARRIER_CT).body(Map.of("marks", rows)).post(complaints + "/api/complaints/batch").then()
                .statusCode(200).body("accepted", equalTo(9)).body("rejected", equalTo(0))
                .body("counted", equalTo(9)).body("rows.status", everyItem(equalTo("ACCEPTED")));

        // what a citizen's "who called me" app shows now: no label yet, an incoming call is allowed
        as(CITIZEN).get(complaints + "/api/reputation/{n}?direction=INBOUND", n457).then().statusCode(200)
                .body("label", equalTo("NONE")).body("verdict", equalTo("ALLOW"));
        // a citizen may not screen in bulk
        as(CITIZEN).body(Map.of("numbers", List.of(n456, n457))).post(complaints + "/api/reputation/lookup")
                .then().statusCode(403);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. Aggregation by number and segment; the segment crosses its threshold; a signal; enforcement opens a case.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void step3_theSegmentCrossesItsThresholdAndEnforcementOpensACase() {
        var signal = signals.await(r -> code.equals(r.key())
                && EventType.SIGNAL_THRESHOLD_EXCEEDED.wireName().equals(type(r)), ASYNC);
        assertThat(KafkaTestClient.header(signal, "ce_specversion")).isEqualTo("1.0");
        JsonNode d = data(signal);
        assertThat(d.get("segmentCode").asText()).isEqualTo(code);
        assertThat(d.path("number").isNull() || d.path("number").isMissingNode())
                .as("a segment crossing, not a number's").isTrue();
        assertThat(d.get("window").asText()).isEqualTo("P1D");
        assertThat(d.get("category").asText()).isEqualTo("ALL");
        assertThat(d.get("threshold").asLong()).isEqualTo(20);
        assertThat(d.get("weightedCount").asLong()).isEqualTo(21);

        // the regulator of the province sees a case opened on the segment
        await("case opened on " + code).atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                casesOf(REGULATOR_FJ, code).size() == 1);
        caseId = casesOf(REGULATOR_FJ, code).get(0).get("id").toString();
        await("case " + caseId + " takes the segment's province").atMost(ASYNC)
                .pollInterval(Duration.ofMillis(500)).until(() -> "FJ".equals(as(REGULATOR_FJ)
                        .get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                        .extract().path("province")));
        as(REGULATOR_FJ).get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                .body("subjectKind", equalTo("SEGMENT")).body("subject", equalTo(code))
                .body("licenseeUscc", equalTo(usccA)).body("segmentCodes", contains(code))
                .body("state", equalTo("OPEN")).body("triggers.kind", hasItem("THRESHOLD_EXCEEDED"))
                .body("availableActions", hasItem("INVESTIGATE"));
        // the ministry sees every province's cases
        assertThat(casesOf(REGULATOR_CN, code)).hasSize(1);

        // the regulator's statistics: the most complained segments, by weight
        as(REGULATOR_CN).get(complaints + "/api/stats/segments?top=100").then().statusCode(200)
                .body("find { it.segmentCode == '" + code + "' }.complaints24h", equalTo(12))
                .body("find { it.segmentCode == '" + code + "' }.weighted30d", equalTo(21))
                .body("find { it.segmentCode == '" + code + "' }.label", equalTo("NONE"))
                .body("find { it.segmentCode == '" + code + "' }.status", equalTo("ALLOCATED"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 4. Police refer the numbers; the referral joins the same case; the segment becomes suspected fraud, so an
    //    uncomplained number of it is labelled too.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void step4_policeReferralJoinsTheCaseAndTheWholeSegmentIsSuspectedFraud() {
        Response referral = as(POLICE_FZ).body(Map.of("policeCaseNumber", policeCaseNumber, "lossYuan", 350000,
                        "suspectNumbers", List.of(n456, n457, n458),
                        "summary", "callers posing as bank staff; victims lost savings"))
                .post(enforcement + "/api/referrals");
        referral.then().statusCode(201).header("Location", notNullValue())
                .body("agency", equalTo("FZ-PSB")).body("policeCaseNumber", equalTo(policeCaseNumber))
                .body("caseIds", contains(caseId)).body("unmatchedNumbers", empty());
        String referralId = referral.path("id");
        as(POLICE_FZ).get(enforcement + "/api/referrals/{id}", referralId).then().statusCode(200)
                .body("caseIds", contains(caseId)).body("cases.caseId", contains(caseId));

        as(REGULATOR_FJ).get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                .body("triggers.kind", hasItems("THRESHOLD_EXCEEDED", "POLICE_REFERRAL"));
        assertThat(casesOf(REGULATOR_FJ, code)).as("one open case per segment").hasSize(1);

        // the segment's label on the compacted labels topic (what carriers follow)
        var label = labels.await(r -> code.equals(r.key()) && r.value() != null
                && EventType.REPUTATION_LABEL.wireName().equals(type(r))
                && "SUSPECTED_FRAUD".equals(data(r).path("label").asText()), ASYNC);
        assertThat(data(label).get("subjectKind").asText()).isEqualTo("SEGMENT");

        // an uncomplained number of the segment inherits the segment's label
        await("the verdict of " + n999 + " inherits the segment's label").atMost(ASYNC)
                .pollInterval(Duration.ofMillis(500)).until(() -> "SUSPECTED_FRAUD".equals(as(CARRIER_CT)
                        .get(complaints + "/api/reputation/{n}?direction=INBOUND", n999).then().statusCode(200)
                        .extract().path("label")));
        as(CARRIER_CT).get(complaints + "/api/reputation/{n}?direction=INBOUND", n999).then().statusCode(200)
                .body("segmentCode", equalTo(code)).body("numberLabel", equalTo("NONE"))
                .body("segmentLabel", equalTo("SUSPECTED_FRAUD")).body("verdict", equalTo("WARN"))
                .body("reasonCodes", hasItem("SEGMENT_LABEL_INHERITED"));
        // a referred number is confirmed fraud on its own account: the referral names a police case
        await("the referred number " + n456 + " is labelled").atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> "FRAUD".equals(as(CARRIER_CT).get(complaints + "/api/reputation/{n}", n456)
                        .then().statusCode(200).extract().path("numberLabel")));
        // and the citizen's app shows the warning
        as(CITIZEN).get(complaints + "/api/reputation/{n}?direction=INBOUND", n999).then().statusCode(200)
                .body("label", equalTo("SUSPECTED_FRAUD")).body("verdict", equalTo("WARN"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 5. regulator.fj proposes revocation; the same user cannot approve; regulator.fj2 approves; order.revoke.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(5)
    void step5_fourEyesRevocationPublishesAnOrder() {
        act(REGULATOR_FJ, "INVESTIGATE", "referral " + policeCaseNumber, null).then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"));
        act(REGULATOR_FJ, "PROPOSE_REVOCATION", "fraud confirmed by " + policeCaseNumber, true).then()
                .statusCode(200).body("state", equalTo("REVOCATION_PROPOSED"));

        as(REGULATOR_FJ).get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                .body("availableActions", not(hasItem("APPROVE")));
        as(REGULATOR_FJ2).get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                .body("availableActions", hasItem("APPROVE"));

        act(REGULATOR_FJ, "APPROVE", "approving my own proposal", null).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:numguard:problem:four-eyes"));
        as(REGULATOR_FJ).get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                .body("state", equalTo("REVOCATION_PROPOSED")).body("orderIds", empty());

        Response approved = act(REGULATOR_FJ2, "APPROVE", "second pair of eyes", null);
        approved.then().statusCode(200).body("state", equalTo("REVOCATION_APPROVED"))
                .body("orders", hasSize(1)).body("orders[0].segmentCode", equalTo(code))
                .body("orders[0].action", equalTo("REVOKE")).body("orders[0].proposedBy", notNullValue())
                .body("sanctionIds", hasSize(1));
        orderId = approved.path("orders[0].orderId");
        JsonPath approvedCase = approved.jsonPath();
        assertThat(approvedCase.getString("orders[0].proposedBy"))
                .isNotEqualTo(approvedCase.getString("orders[0].approvedBy"));

        var order = orders.await(r -> code.equals(r.key()) && EventType.ORDER_REVOKE.wireName().equals(type(r))
                && orderId.equals(data(r).path("orderId").asText()), ASYNC);
        assertThat(KafkaTestClient.header(order, "ce_specversion")).isEqualTo("1.0");
        assertThat(data(order).get("caseId").asText()).isEqualTo(caseId);
        assertThat(data(order).get("fraud").asBoolean()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 6. The registry revokes; segment.revoked reaches every carrier; lookup says REVOKED; the verdict says BLOCK.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(6)
    void step6_theRegistryRevokesAndEveryCarrierLearnsIt() {
        Map<String, ConsumerRecord<String, String>> received = new LinkedHashMap<>();
        for (CarrierSegmentFeed carrierSystem : List.of(carrierCtSystem, carrierCmSystem)) {
            var revoked = carrierSystem.await("segment.revoked of " + code + " for " + carrierSystem.groupId(),
                    r -> code.equals(r.key()) && EventType.SEGMENT_REVOKED.wireName().equals(type(r)), ASYNC);
            received.put(carrierSystem.groupId(), revoked);
            // CloudEvents 1.0, binary content mode: the attributes are ce_* headers, the key is the segment code
            assertThat(revoked.key()).isEqualTo(code);
            assertThat(KafkaTestClient.header(revoked, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestClient.header(revoked, "ce_type")).isEqualTo("io.numguard.segment.revoked.v1");
            assertThat(KafkaTestClient.header(revoked, "ce_id")).isNotBlank();
            assertThat(KafkaTestClient.header(revoked, "ce_source")).isEqualTo("/numguard/registry");
            JsonNode d = data(revoked);
            assertThat(d.get("code").asText()).isEqualTo(code);
            assertThat(d.get("status").asText()).isEqualTo("REVOKED");
            assertThat(d.get("orderId").asText()).isEqualTo(orderId);
            assertThat(d.get("licenseeUscc").asText()).isEqualTo(usccA);
            assertThat(JSON.convertValue(d.get("carriers"), List.class)).containsExactly("CT", "CM");
        }
        assertThat(received.values().stream().map(r -> KafkaTestClient.header(r, "ce_id")).distinct())
                .as("both carriers received the same event").hasSize(1);

        // the number lookup says REVOKED, to carriers and (with a case reference, audited) to police
        await("registry lookup of " + n456 + " says REVOKED").atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> "REVOKED".equals(as(CARRIER_CT).get(registry + "/api/numbers/{n}", n456).then()
                        .statusCode(200).extract().path("status")));
        as(POLICE_FZ).get(registry + "/api/numbers/{n}?caseRef={ref}", n458, policeCaseNumber).then()
                .statusCode(200).body("status", equalTo("REVOKED")).body("licensee.uscc", equalTo(usccA))
                .body("segment.code", equalTo(code));
        as(POLICE_FZ).get(registry + "/api/numbers/{n}", n458).then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:case-reference-required"));
        as(REGULATOR_FJ).get(registry + "/api/segments/{code}", code).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        String history = as(REGULATOR_FJ).get(registry + "/api/segments/{code}/history", code).then()
                .statusCode(200).extract().asString();
        assertThat(history).as("the history names the order behind the revocation").contains(orderId);

        // the public feed, without a token, lists the revoked segment with its licensee, and nothing personal
        await("open-data feed lists " + code + " as REVOKED").atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> "REVOKED".equals(given().get(registry + "/open/v1/segments/barred.json").then()
                        .statusCode(200).extract().jsonPath().getString("rows.find { it[0] == '" + code
                                + "' }[1]"))); // columns: code, status, since, licenseeUscc, ...
        String feed = given().get(registry + "/open/v1/segments/barred.csv").then().statusCode(200).extract()
                .asString();
        assertThat(feed.lines()).anyMatch(l -> l.startsWith(code + ",REVOKED,") && l.contains("," + usccA + ","));
        assertThat(feed).doesNotContain("legalRepresentative");

        // the screening verdict blocks every number of the segment, complained about or not
        await("verdict of " + n999 + " is BLOCK").atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                "BLOCK".equals(as(CARRIER_CT).get(complaints + "/api/reputation/{n}", n999).then().statusCode(200)
                        .extract().path("verdict")));
        as(CARRIER_CT).get(complaints + "/api/reputation/{n}", n999).then().statusCode(200)
                .body("segmentStatus", equalTo("REVOKED")).body("reasonCodes", hasItem("SEGMENT_REVOKED"));
        as(CARRIER_CM).body(Map.of("numbers", List.of(n456, n457, n458, n999), "direction", "INBOUND"))
                .post(complaints + "/api/reputation/lookup").then().statusCode(200)
                .body("results.number", contains(n456, n457, n458, n999))
                .body("results.verdict", everyItem(equalTo("BLOCK")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 7. Carriers acknowledge blocking; a missing acknowledgement past its deadline is escalated on the case.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(7)
    void step7_carriersAcknowledgeAndAMissingAcknowledgementIsEscalated() {
        // the obligation exists once enforcement has seen segment.revoked carrying the order id
        await("acknowledgements owed on " + orderId).atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                as(CARRIER_CT).get(enforcement + "/api/orders/{id}", orderId).then().statusCode(200)
                        .extract().path("dueBy") != null);
        as(CARRIER_CM).get(enforcement + "/api/orders/{id}", orderId).then().statusCode(200)
                .body("segmentCode", equalTo(code)).body("caseId", equalTo(caseId))
                .body("acknowledgements.carrierId", containsInAnyOrder("CT", "CM"))
                .body("acknowledgements.acknowledged", everyItem(equalTo(false)));

        Response first = as(CARRIER_CT).post(enforcement + "/api/orders/{id}/acknowledgements", orderId);
        first.then().statusCode(201).body("carrierId", equalTo("CT")).body("acknowledged", equalTo(true))
                .body("late", equalTo(false)).body("acknowledgedAt", notNullValue());
        Response repeat = as(CARRIER_CT).post(enforcement + "/api/orders/{id}/acknowledgements", orderId);
        repeat.then().statusCode(200).body("carrierId", equalTo("CT")).body("acknowledged", equalTo(true));
        // the first acknowledgement, unchanged; the 201 answer shows the time in nanoseconds, the stored one (and so
        // the repeat) is PostgreSQL's microsecond rounding of it
        assertThat(Instant.parse(repeat.<String>path("acknowledgedAt")))
                .isCloseTo(Instant.parse(first.<String>path("acknowledgedAt")), within(1, ChronoUnit.MICROS));

        JsonPath order = as(REGULATOR_FJ).get(enforcement + "/api/orders/{id}", orderId).then().statusCode(200)
                .body("acknowledgements.find { it.carrierId == 'CT' }.acknowledged", equalTo(true))
                .body("acknowledgements.find { it.carrierId == 'CM' }.acknowledged", equalTo(false))
                .extract().jsonPath();
        Instant dueBy = Instant.parse(order.getString("dueBy"));
        Instant revokedAt = Instant.parse(data(carrierCmSystem.seen().stream()
                .filter(r -> code.equals(r.key()) && EventType.SEGMENT_REVOKED.wireName().equals(type(r)))
                .findFirst().orElseThrow()).get("occurredAt").asText());
        Duration period = Duration.between(revokedAt, dueBy);

        // SuiteStack gives enforcement a 40 s acknowledgement period and a 2 s escalation job
        assertThat(period).isLessThanOrEqualTo(Duration.ofMinutes(2));
        // a short acknowledgement period is configured (NUMGUARD_ENFORCEMENT_ACKNOWLEDGEMENT_PERIOD, with a
        // frequent NUMGUARD_ENFORCEMENT_ESCALATION_EVERY): CM's missing acknowledgement is escalated
        await("CM's missing acknowledgement is escalated").atMost(period.plus(ASYNC).plus(ASYNC))
                .pollInterval(Duration.ofSeconds(1)).until(() -> as(REGULATOR_FJ)
                        .get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                        .extract().jsonPath().getList("escalations.carrierId").contains("CM"));
        as(REGULATOR_FJ).get(enforcement + "/api/cases/{id}", caseId).then().statusCode(200)
                .body("escalations.kind", contains("ACKNOWLEDGEMENT_OVERDUE"))
                .body("escalations.carrierId", contains("CM"))
                .body("escalations.orderId", contains(orderId));
        as(REGULATOR_FJ).get(enforcement + "/api/orders/{id}", orderId).then().statusCode(200)
                .body("overdue", contains("CM"));
        as(REGULATOR_FJ).get(enforcement + "/api/decision-log?subject=case/{id}", caseId).then()
                .statusCode(200).body("kind", hasItem("ESCALATION"));
        as(REGULATOR_CN).get(enforcement + "/api/decision-log/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 8. Joint punishment on A and its legal representative: no new segment for A, nor for a new company of the
    //    same legal representative.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(8)
    void step8_jointPunishmentBarsTheLicenseeAndItsLegalRepresentative() {
        // approving a revocation for fraud (step 5) imposed the joint punishment
        sanctionImposed = sanctions.await(r -> usccA.equals(r.key())
                && EventType.SANCTION_IMPOSED.wireName().equals(type(r)), ASYNC);
        JsonNode s = data(sanctionImposed);
        assertThat(s.get("caseId").asText()).isEqualTo(caseId);
        assertThat(s.get("legalRepresentativeHash").asText()).isNotBlank();
        assertThat(sanctionImposed.value()).doesNotContain(legalRepresentativeIdA);

        as(REGULATOR_FJ).get(enforcement + "/api/sanctions?uscc={u}&active=true", usccA).then().statusCode(200)
                .body("", hasSize(1)).body("[0].caseId", equalTo(caseId)).body("[0].active", equalTo(true))
                .body("[0].legalRepresentativeHash", equalTo(s.get("legalRepresentativeHash").asText()));
        // police and carriers see it too
        as(POLICE_FZ).get(enforcement + "/api/sanctions?uscc={u}", usccA).then().statusCode(200)
                .body("id", contains(s.get("sanctionId").asText()));
        as(CARRIER_CM).get(enforcement + "/api/sanctions?uscc={u}", usccA).then().statusCode(200)
                .body("id", contains(s.get("sanctionId").asText()));

        // wait until the registry has consumed the sanction (its consumer group committed past the record); no
        // allocation is tried before, so that a slow consumer cannot let one through
        awaitConsumed(REGISTRY_GROUP, sanctionImposed);

        String newCode = freeSegmentCode();
        as(REGULATOR_FJ).body(Map.of("code", newCode, "licenseeUscc", usccA, "carriers", List.of("CT")))
                .post(registry + "/api/segments").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:licensee-sanctioned"));

        // a new company, same legal representative (the ID number typed differently: spaces, lower-case x)
        String usccB = Uscc.random("3502");
        String typedAgain = legalRepresentativeIdA.substring(0, 6) + " " + legalRepresentativeIdA.substring(6, 14)
                + " " + legalRepresentativeIdA.substring(14).toLowerCase();
        as(REGULATOR_FJ).body(licensee(usccB, "Xiamen Fresh Start Call Centre " + RUN, "Chen Jian", typedAgain))
                .post(registry + "/api/licensees").then().statusCode(201);
        as(REGULATOR_FJ).body(Map.of("code", newCode, "licenseeUscc", usccB, "carriers", List.of("CT")))
                .post(registry + "/api/segments").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:legal-representative-sanctioned"));
        as(REGULATOR_FJ).get(registry + "/api/segments/{code}", newCode).then().statusCode(404);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 9. A change of control within 12 months of an allocation: suspected resale, and a case.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(9)
    void step9_aChangeOfControlSoonAfterAllocationIsASuspectedResaleAndGetsACase() {
        String usccC = Uscc.random("3501");
        String codeC = freeSegmentCode();
        as(REGULATOR_FJ).body(licensee(usccC, "Rongcheng Service Outsourcing " + RUN, "Lin Hai",
                        "35012119850505" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)) + "1"))
                .post(registry + "/api/licensees").then().statusCode(201);
        as(REGULATOR_FJ).body(Map.of("code", codeC, "licenseeUscc", usccC, "carriers", List.of("CM")))
                .post(registry + "/api/segments").then().statusCode(201).body("status", equalTo("ALLOCATED"));

        // the shell company changes hands: new legal representative and new controlling shareholder
        as(REGULATOR_FJ).body(Map.of(
                        "legalRepresentative", Map.of("name", "Zhao Liu", "idNumber",
                                "44030119900909" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000))
                                        + "2"),
                        "controllingShareholders", List.of("Haixia Bright Holdings Ltd")))
                .post(registry + "/api/licensees/{u}/control-changes", usccC).then().statusCode(200)
                .body("suspectedResale", equalTo(true)).body("recorded", not(empty()))
                .body("recorded.suspectedResale", everyItem(equalTo(true)))
                .body("licensee.status", equalTo("SUSPECTED_RESALE"));
        as(REGULATOR_FJ).get(registry + "/api/licensees/{u}", usccC).then().statusCode(200)
                .body("status", equalTo("SUSPECTED_RESALE"))
                .body("controllingShareholders", contains("Haixia Bright Holdings Ltd"));

        var changed = licensees.await(r -> usccC.equals(r.key())
                && EventType.LICENSEE_CONTROL_CHANGED.wireName().equals(type(r)), ASYNC);
        JsonNode d = data(changed);
        assertThat(d.get("suspectedResale").asBoolean()).isTrue();
        assertThat(JSON.convertValue(d.get("segmentCodes"), List.class)).contains(codeC);

        // enforcement opens a case on the licensee, seen by the province's regulator
        await("a case on " + usccC).atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                casesOf(REGULATOR_FJ, usccC).size() == 1);
        String resaleCase = casesOf(REGULATOR_FJ, usccC).get(0).get("id").toString();
        as(REGULATOR_FJ).get(enforcement + "/api/cases/{id}", resaleCase).then().statusCode(200)
                .body("subjectKind", equalTo("LICENSEE")).body("subject", equalTo(usccC))
                .body("province", equalTo("FJ")).body("state", equalTo("OPEN"))
                .body("triggers.kind", hasItem("RESALE_SUSPECTED"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(SuiteStack.token(user)).contentType(ContentType.JSON);
    }

    private static Response act(String user, String action, String reason, Boolean fraud) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        if (fraud != null) {
            body.put("fraud", fraud);
        }
        return as(user).body(body).post(enforcement + "/api/cases/{id}/actions", caseId);
    }

    /** The cases a regulator sees whose subject is the given segment code or USCC. */
    private static List<Map<String, Object>> casesOf(String regulator, String subject) {
        List<Map<String, Object>> all = as(regulator).get(enforcement + "/api/cases").then().statusCode(200)
                .extract().jsonPath().getList("");
        return all.stream().filter(c -> subject.equals(c.get("subject"))).toList();
    }

    private static Map<String, Object> licensee(String uscc, String name, String representative, String idNumber) {
        return Fixtures.licensee(uscc, name, representative, idNumber);
    }

    private static String freeSegmentCode() {
        return Fixtures.freeSegmentCode(registry);
    }

    private static String type(ConsumerRecord<String, String> r) {
        return KafkaTestClient.header(r, "ce_type");
    }

    private static JsonNode data(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.value(), e);
        }
    }

    /** Waits until a consumer group has committed an offset past the record (it has applied it). */
    private static void awaitConsumed(String group, ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(KafkaBroker.superUserConfig(bootstrap))) {
            await(group + " consumed " + partition + "@" + record.offset()).atMost(ASYNC)
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get();
                        OffsetAndMetadata o = committed.get(partition);
                        return o != null && o.offset() > record.offset();
                    });
        }
    }
}

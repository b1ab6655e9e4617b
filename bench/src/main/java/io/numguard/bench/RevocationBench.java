package io.numguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.contracts.EventType;
import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.KafkaBroker;
import io.numguard.devstack.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.numguard.bench.BenchStack.log;
import static io.numguard.bench.BenchStack.percentile;

/**
 * Issue 7 item 4: revocation propagation. From the approving HTTP call returning (four-eyes: regulator.fj proposed,
 * regulator.fj2 approves) to a plain Kafka consumer (its own group, subscribed before the first approval) receiving
 * {@code segment.revoked} for that segment on {@code numguard.registry.segments.v1}; side by side, in the same run, the
 * raw produce-to-consume latency of the same broker (one hop, and two hops through a consume-produce relay, which is
 * what the revocation's path is without the services). Sequential approvals are the main figure; then a few clients
 * at once.
 *
 * <p>Arguments: {@code [revocations=200] [concurrent clients=4, 0 = none] [--warmup N (20)]}.
 */
public final class RevocationBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVOKED = EventType.SEGMENT_REVOKED.wireName();
    private static final String ALLOCATED = EventType.SEGMENT_ALLOCATED.wireName();
    private static final String ORDER_REVOKE = EventType.ORDER_REVOKE.wireName();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private RevocationBench() {
    }

    /** What a plain consumer saw of one key: when (monotonic and wall clock) and the record's ce_time. */
    record Seen(long nanos, Instant wall, Instant ceTime) {
    }

    /** One revocation: the approval sent and returned, the order and segment.revoked received. */
    record Sample(long sentNanos, long returnedNanos, Instant returnedWall, Seen order, Seen revoked) {
        double totalMs() {
            return (revoked.nanos - returnedNanos) / 1e6;
        }

        double orderMs() {
            return (order.nanos - returnedNanos) / 1e6;
        }

        double hop2Ms() {
            return (revoked.nanos - order.nanos) / 1e6;
        }

        double httpMs() {
            return (returnedNanos - sentNanos) / 1e6;
        }
    }

    /**
     * A carrier's system as it would be written: a plain KafkaConsumer, a group of its own, subscribe (not assign),
     * defaults otherwise, commits what it received; polls in a thread of its own and reports every record.
     */
    static final class PlainFeed implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile boolean assigned;

        /** @param login a client's broker login (its OAuth settings); @param groupPrefix what its ACLs allow */
        PlainFeed(Map<String, Object> login, String groupPrefix, String topic, String offsetReset,
                  Consumer<List<ConsumerRecord<String, String>>> sink) {
            Map<String, Object> c = new HashMap<>(login);
            String group = groupPrefix + "bench-" + topic + "-" + UUID.randomUUID();
            c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            c.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
            c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, offsetReset);
            c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            consumer = new KafkaConsumer<>(c);
            consumer.subscribe(List.of(topic));
            thread = new Thread(() -> {
                try {
                    while (running) {
                        ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(100));
                        if (!consumer.assignment().isEmpty()) {
                            assigned = true;
                        }
                        if (batch.isEmpty()) {
                            continue;
                        }
                        List<ConsumerRecord<String, String>> list = new ArrayList<>(batch.count());
                        batch.forEach(list::add);
                        sink.accept(list);
                        consumer.commitAsync();
                    }
                } catch (org.apache.kafka.common.errors.WakeupException e) {
                    // closing
                } finally {
                    consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(2)));
                }
            }, "bench-feed-" + topic);
            thread.setDaemon(true);
            thread.start();
        }

        void awaitAssigned() throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!assigned) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consumer got no partitions");
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            consumer.wakeup();
            thread.join(5000);
        }
    }

    /** Per key, the first record of the given type: completed by the feed's thread. */
    static final class Arrivals {
        private final Map<String, CompletableFuture<Seen>> byKey = new ConcurrentHashMap<>();
        private final String type;

        Arrivals(String type) {
            this.type = type;
        }

        CompletableFuture<Seen> of(String key) {
            return byKey.computeIfAbsent(key, k -> new CompletableFuture<>());
        }

        void accept(List<ConsumerRecord<String, String>> records) {
            long now = System.nanoTime();
            Instant wall = Instant.now();
            for (ConsumerRecord<String, String> r : records) {
                if (type.equals(header(r, "ce_type")) && r.key() != null) {
                    String t = header(r, "ce_time");
                    of(r.key()).complete(new Seen(now, wall, t == null ? null : Instant.parse(t)));
                }
            }
        }

        int count() {
            return (int) byKey.values().stream().filter(CompletableFuture::isDone).count();
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>();
        int warmup = 20;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warmup")) {
                warmup = Integer.parseInt(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        int n = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 200;
        int clients = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 4;
        int total = warmup + n + (clients > 0 ? n : 0);
        if (total > 3000) {
            throw new IllegalArgumentException("at most 3,000 segments per run");
        }
        Path work = Path.of("bench", "target", "revocation").toAbsolutePath();
        Files.createDirectories(work);

        String loadAtStart = BenchStack.loadAverage();
        try (DevStack stack = BenchStack.start("revocation")) {
            String bootstrap = stack.kafka().bootstrapServers();
            String tokenEndpoint = stack.keycloak().tokenEndpoint();
            // every client logs in as the realm client it stands for (SASL/OAUTHBEARER, client credentials)
            Map<String, Object> carrierCt = KafkaBroker.oauthClientConfig(bootstrap, tokenEndpoint, "carrier-ct",
                    "carrier-ct-secret");
            Map<String, Object> registryLogin = KafkaBroker.oauthClientConfig(bootstrap, tokenEndpoint,
                    Service.REGISTRY.clientId(), Service.REGISTRY.clientSecret());
            String registry = stack.service(Service.REGISTRY).url();
            String enforcement = stack.service(Service.ENFORCEMENT).url();
            Tokens tokens = new Tokens(stack);

            // the carriers' view: subscribed before anything is allocated or approved
            Arrivals allocated = new Arrivals(ALLOCATED);
            Arrivals revoked = new Arrivals(REVOKED);
            Arrivals orders = new Arrivals(ORDER_REVOKE);
            try (PlainFeed segFeed = new PlainFeed(carrierCt, "carrier-ct.", Topics.REGISTRY_SEGMENTS, "earliest",
                    recs -> {
                        allocated.accept(recs);
                        revoked.accept(recs);
                    });
                 // the orders topic is not a carrier's to read: this tap logs in as the registry, its consumer
                 PlainFeed orderFeed = new PlainFeed(registryLogin, "numguard-registry-", Topics.ENFORCEMENT_ORDERS,
                         "earliest", orders::accept)) {

                // ---- baseline before
                BaselineResult before = baseline(stack, n, "a");

                // ---- set-up: a licensee of Fujian and `total` segments of carrier CT (6-digit codes of 950..957)
                log("allocating %d segments", total);
                String uscc = uscc("3501");
                HttpResponse<String> lic = BenchStack.postJson(registry + "/api/licensees", tokens.get("regulator.fj"),
                        licensee(uscc));
                require(lic, 201, "register licensee");
                List<String> codes = codes(total);
                for (String code : codes) {
                    require(BenchStack.postJson(registry + "/api/segments", tokens.get("regulator.fj"),
                            JSON.writeValueAsString(Map.of("code", code, "licenseeUscc", uscc,
                                    "carriers", List.of("CT")))), 201, "allocate " + code);
                }
                for (String code : codes) {
                    allocated.of(code).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                }
                log("all %d segment.allocated seen by the plain consumer", total);
                awaitGroupCaughtUp(stack, "numguard-enforcement", Topics.REGISTRY_SEGMENTS);
                segFeed.awaitAssigned();
                orderFeed.awaitAssigned();

                // ---- cases: open, investigate, propose revocation (regulator.fj); approval comes later (fj2)
                log("opening %d cases and proposing revocation", total);
                Map<String, String> caseOf = new LinkedHashMap<>();
                for (String code : codes) {
                    caseOf.put(code, proposeRevocation(enforcement, tokens, code));
                }

                // ---- sequential: warm-up, then n
                List<String> queue = new ArrayList<>(codes);
                List<Sample> warm = approveAll(enforcement, tokens, take(queue, warmup), caseOf, orders, revoked, 1);
                log("warm-up: %d revocations, p50 %.1f ms", warm.size(), percentile(warm.stream()
                        .mapToDouble(Sample::totalMs).toArray(), 50));
                List<Sample> seq = approveAll(enforcement, tokens, take(queue, n), caseOf, orders, revoked, 1);
                List<Sample> conc = clients > 0
                        ? approveAll(enforcement, tokens, take(queue, n), caseOf, orders, revoked, clients)
                        : List.of();

                // ---- baseline after
                BaselineResult after = baseline(stack, n, "b");

                // ---- the table
                StringBuilder out = new StringBuilder();
                out.append(String.format("%nRevocation propagation (issue 7 item 4), %s, %d revocations per row "
                        + "after %d warm-up; times in ms; load average %s at the start, %s at the end%n",
                        BenchStack.machine(), n, warmup, loadAtStart, BenchStack.loadAverage()));
                double base1 = percentile(before.oneHop, 50);
                double base1p99 = percentile(before.oneHop, 99);
                out.append(String.format("%-84s | %5s | %7s | %7s | %7s | %7s | %9s | %9s%n", "path", "n", "p50",
                        "p90", "p99", "max", "p50/1hop", "p99/1hop"));
                out.append("-".repeat(84)).append("-+-------+---------+---------+---------+---------+-----------+"
                        + "----------\n");
                row(out, "Kafka produce->consume, 1 hop, acks=all (before)", before.oneHop, base1, base1p99);
                row(out, "Kafka 2 hops through a consume->produce relay (before)", before.twoHops, base1, base1p99);
                row(out, "APPROVE returned -> segment.revoked received, sequential", totals(seq), base1, base1p99);
                row(out, "  hop 1: APPROVE returned -> order.revoke received", seq.stream()
                        .mapToDouble(Sample::orderMs).toArray(), base1, base1p99);
                row(out, "  hop 2: order.revoke received -> segment.revoked received", seq.stream()
                        .mapToDouble(Sample::hop2Ms).toArray(), base1, base1p99);
                row(out, "  (the APPROVE call itself: sent -> response)", seq.stream()
                        .mapToDouble(Sample::httpMs).toArray(), base1, base1p99);
                row(out, "  wall clock: order's ce_time (enforcement outbox row) -> order.revoke received",
                        seq.stream().mapToDouble(s -> ms(s.order.ceTime, s.order.wall)).toArray(), base1, base1p99);
                row(out, "  wall clock: order.revoke received -> revoked's ce_time (registry outbox row)",
                        seq.stream().mapToDouble(s -> ms(s.order.wall, s.revoked.ceTime)).toArray(), base1, base1p99);
                row(out, "  wall clock: revoked's ce_time (registry outbox row) -> segment.revoked received",
                        seq.stream().mapToDouble(s -> ms(s.revoked.ceTime, s.revoked.wall)).toArray(), base1,
                        base1p99);
                if (!conc.isEmpty()) {
                    row(out, "APPROVE returned -> segment.revoked received, " + clients + " clients at once",
                            totals(conc), base1, base1p99);
                    row(out, "  (the APPROVE call itself, " + clients + " clients)", conc.stream()
                            .mapToDouble(Sample::httpMs).toArray(), base1, base1p99);
                }
                row(out, "Kafka produce->consume, 1 hop, acks=all (after)", after.oneHop, base1, base1p99);
                row(out, "Kafka 2 hops through a consume->produce relay (after)", after.twoHops, base1, base1p99);
                double p99 = percentile(totals(seq), 99);
                out.append(String.format("%nTarget: p99 under 500 ms (sequential): %.1f ms, %s%n", p99,
                        p99 < 500 ? "MET" : "MISSED"));
                if (!conc.isEmpty()) {
                    double p99c = percentile(totals(conc), 99);
                    out.append(String.format("        with %d clients at once: %.1f ms, %s%n", clients, p99c,
                            p99c < 500 ? "met" : "missed"));
                }
                System.out.print(out);
                Files.writeString(work.resolve("result.txt"), out.toString());
                writeRaw(work.resolve("samples-sequential.csv"), seq);
                if (!conc.isEmpty()) {
                    writeRaw(work.resolve("samples-concurrent.csv"), conc);
                }
                log("raw samples in %s", work);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // the revocations

    private static String proposeRevocation(String enforcement, Tokens tokens, String code) throws Exception {
        HttpResponse<String> opened = BenchStack.postJson(enforcement + "/api/cases", tokens.get("regulator.fj"),
                JSON.writeValueAsString(Map.of("subjectKind", "SEGMENT", "subject", code,
                        "reason", "benchmark revocation")));
        require(opened, 201, "open case on " + code);
        JsonNode c = JSON.readTree(opened.body());
        if (!"FJ".equals(c.path("province").asText())) {
            throw new IllegalStateException("case on " + code + " is not Fujian's: " + opened.body());
        }
        String id = c.get("id").asText();
        act(enforcement, tokens.get("regulator.fj"), id, "INVESTIGATE", "benchmark", 200);
        act(enforcement, tokens.get("regulator.fj"), id, "PROPOSE_REVOCATION", "benchmark", 200);
        return id;
    }

    private static HttpResponse<String> act(String enforcement, String token, String caseId, String action,
                                            String reason, int expected) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        body.put("fraud", false);
        HttpResponse<String> r = BenchStack.postJson(enforcement + "/api/cases/" + caseId + "/actions", token,
                JSON.writeValueAsString(body));
        require(r, expected, action + " on case " + caseId);
        return r;
    }

    /** Approves every code's case by regulator.fj2, {@code clients} at a time, each waiting for its revocation. */
    private static List<Sample> approveAll(String enforcement, Tokens tokens, List<String> codes,
                                           Map<String, String> caseOf, Arrivals orders, Arrivals revoked,
                                           int clients) throws Exception {
        log("approving %d revocations, %d client(s)", codes.size(), clients);
        List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<String> mine = new ArrayList<>();
            for (int i = c; i < codes.size(); i += clients) {
                mine.add(codes.get(i));
            }
            Thread t = new Thread(() -> {
                try {
                    for (String code : mine) {
                        String token = tokens.get("regulator.fj2");
                        long sent = System.nanoTime();
                        HttpResponse<String> r = act(enforcement, token, caseOf.get(code), "APPROVE",
                                "second pair of eyes", 200);
                        long returned = System.nanoTime();
                        Instant returnedWall = Instant.now();
                        JsonNode body = JSON.readTree(r.body());
                        if (!"REVOCATION_APPROVED".equals(body.path("state").asText())) {
                            throw new IllegalStateException("approval of " + code + ": " + r.body());
                        }
                        Seen rev = revoked.of(code).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                        Seen ord = orders.of(code).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                        samples.add(new Sample(sent, returned, returnedWall, ord, rev));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "approver-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("an approver failed", failures.get(0));
        }
        log("%d revocations in %.1f s", samples.size(), (System.nanoTime() - t0) / 1e9);
        return new ArrayList<>(samples);
    }

    // ----------------------------------------------------------------------------------------------------------
    // the baseline: the same broker, producer settings of service-support's EventProducer, a plain consumer

    record BaselineResult(double[] oneHop, double[] twoHops) {
    }

    /**
     * Over the same authenticated listener as the services: the producer and the consumers log in as
     * numguard-enforcement (SASL/OAUTHBEARER, a Keycloak token), granted the bench's own two topics for the run.
     */
    private static BaselineResult baseline(DevStack stack, int n, String tag) throws Exception {
        String a = "bench.latency." + tag + "." + UUID.randomUUID().toString().substring(0, 8);
        String b = a + ".relayed";
        String client = Service.ENFORCEMENT.clientId();
        try (Admin admin = Admin.create(stack.kafka().superUserConfig())) {
            admin.createTopics(List.of(new NewTopic(a, 3, (short) 1), new NewTopic(b, 3, (short) 1))).all().get();
            ResourcePattern topics = new ResourcePattern(ResourceType.TOPIC, a, PatternType.PREFIXED);
            List<AclBinding> acls = new ArrayList<>();
            for (AclOperation op : List.of(AclOperation.DESCRIBE, AclOperation.READ, AclOperation.WRITE)) {
                acls.add(new AclBinding(topics, new AccessControlEntry("User:" + client, "*", op,
                        AclPermissionType.ALLOW)));
            }
            admin.createAcls(acls).all().get();
        }
        Map<String, Object> login = KafkaBroker.oauthClientConfig(stack.kafka().bootstrapServers(),
                stack.keycloak().tokenEndpoint(), client, Service.ENFORCEMENT.clientSecret());
        Map<String, Object> pc = new HashMap<>(login);
        pc.put(ProducerConfig.ACKS_CONFIG, "all");
        pc.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        pc.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        pc.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        pc.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        pc.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        Arrivals direct = new Arrivals("bench");
        Arrivals relayed = new Arrivals("bench-relayed");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pc);
             KafkaProducer<String, String> relayProducer = new KafkaProducer<>(pc)) {
            producer.send(new ProducerRecord<>(a, "init", "init")).get();
            producer.send(new ProducerRecord<>(b, "init", "init")).get();
            String groups = client + "-";
            try (PlainFeed fa = new PlainFeed(login, groups, a, "latest", direct::accept);
                 PlainFeed relay = new PlainFeed(login, groups, a, "latest", recs -> {
                     for (ConsumerRecord<String, String> r : recs) {
                         if (r.key() != null && r.key().startsWith("2-")) {
                             ProducerRecord<String, String> out = new ProducerRecord<>(b, r.key(), r.value());
                             out.headers().add("ce_type", "bench-relayed".getBytes(StandardCharsets.UTF_8));
                             relayProducer.send(out);
                         }
                     }
                 });
                 PlainFeed fb = new PlainFeed(login, groups, b, "latest", relayed::accept)) {
                fa.awaitAssigned();
                relay.awaitAssigned();
                fb.awaitAssigned();
                Thread.sleep(500);
                String payload = "x".repeat(600); // about a segment.revoked's size
                int warm = 200; // the bench JVM's own clients warm up too
                double[] one = new double[n];
                double[] two = new double[n];
                for (int i = -warm; i < n; i++) {
                    String k1 = "1-" + i;
                    ProducerRecord<String, String> r1 = new ProducerRecord<>(a, k1, payload);
                    r1.headers().add("ce_type", "bench".getBytes(StandardCharsets.UTF_8));
                    long t = System.nanoTime();
                    producer.send(r1);
                    Seen s1 = direct.of(k1).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    String k2 = "2-" + i;
                    ProducerRecord<String, String> r2 = new ProducerRecord<>(a, k2, payload);
                    r2.headers().add("ce_type", "bench".getBytes(StandardCharsets.UTF_8));
                    long t2 = System.nanoTime();
                    producer.send(r2);
                    Seen s2 = relayed.of(k2).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    if (i >= 0) {
                        one[i] = (s1.nanos - t) / 1e6;
                        two[i] = (s2.nanos - t2) / 1e6;
                    }
                }
                log("baseline %s: 1 hop p50 %.2f ms, 2 hops p50 %.2f ms", tag, percentile(one, 50),
                        percentile(two, 50));
                return new BaselineResult(one, two);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // helpers

    /** Tokens of the demo users, fetched again after 5 minutes (they live 15). */
    static final class Tokens {
        private final DevStack stack;
        private final Map<String, String> token = new ConcurrentHashMap<>();
        private final Map<String, Long> at = new ConcurrentHashMap<>();

        Tokens(DevStack stack) {
            this.stack = stack;
        }

        synchronized String get(String user) throws Exception {
            Long t = at.get(user);
            if (t == null || System.nanoTime() - t > TimeUnit.MINUTES.toNanos(5)) {
                token.put(user, BenchStack.token(stack, user));
                at.put(user, System.nanoTime());
            }
            return token.get(user);
        }
    }

    /** Waits until a service's consumer group has committed the end of every partition of a topic. */
    private static void awaitGroupCaughtUp(DevStack stack, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(stack.kafka().superUserConfig())) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                Set<TopicPartition> parts = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                        .partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, OffsetSpec> latest = parts.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                boolean done = parts.stream().allMatch(p -> {
                    OffsetAndMetadata o = committed.get(p);
                    long end = ends.get(p).offset();
                    return end == 0 || (o != null && o.offset() >= end);
                });
                if (done) {
                    log("%s has consumed %s", group, topic);
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(group + " did not catch up on " + topic);
                }
                Thread.sleep(250);
            }
        }
    }

    private static List<String> take(List<String> queue, int k) {
        List<String> head = new ArrayList<>(queue.subList(0, k));
        queue.subList(0, k).clear();
        return head;
    }

    /** Distinct 6-digit codes inside the local number plan (950, 951, 952, 954, 957; never 95110x). */
    private static List<String> codes(int count) {
        List<String> all = new ArrayList<>();
        for (String prefix : List.of("950", "951", "952", "954", "957")) {
            for (int i = 0; i < 1000; i++) {
                String c = prefix + String.format("%03d", i);
                if (!c.startsWith("95110")) {
                    all.add(c);
                }
            }
        }
        java.util.Collections.shuffle(all, ThreadLocalRandom.current());
        return new ArrayList<>(all.subList(0, count));
    }

    private static String licensee(String uscc) throws Exception {
        LocalDate today = LocalDate.now();
        String id = "35010219800101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)) + "X";
        return JSON.writeValueAsString(Map.of("uscc", uscc, "name", "Bench Call Centre " + uscc.substring(10),
                "province", "FJ", "legalRepresentative", Map.of("name", "Bench Person", "idNumber", id),
                "licence", Map.of("number", "B2-" + uscc.substring(10, 17), "validFrom",
                        today.minusYears(1).toString(), "validUntil", today.plusYears(4).toString()),
                "controllingShareholders", List.of("Bench Person")));
    }

    /** A valid USCC (GB 32100-2015 check character) in the given region. */
    static String uscc(String regionPrefix) {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder b = new StringBuilder("91").append(regionPrefix);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (b.length() < 17) {
            b.append(r.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += charset.indexOf(b.charAt(i)) * weights[i];
        }
        return b.append(charset.charAt((31 - sum % 31) % 31)).toString();
    }

    private static void require(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static double ms(Instant from, Instant to) {
        return from == null || to == null ? Double.NaN : ChronoUnit.MICROS.between(from, to) / 1000.0;
    }

    private static double[] totals(List<Sample> s) {
        return s.stream().mapToDouble(Sample::totalMs).toArray();
    }

    private static void row(StringBuilder out, String label, double[] v, double base50, double base99) {
        double max = Arrays.stream(v).max().orElse(Double.NaN);
        out.append(String.format("%-84s | %5d | %7.1f | %7.1f | %7.1f | %7.1f | %9.1f | %9.1f%n", label, v.length,
                percentile(v, 50), percentile(v, 90), percentile(v, 99), max, percentile(v, 50) / base50,
                percentile(v, 99) / base99));
    }

    private static void writeRaw(Path file, List<Sample> samples) throws Exception {
        StringBuilder b = new StringBuilder("approve_ms,total_ms,hop1_ms,hop2_ms,order_cetime_to_seen_ms,"
                + "order_seen_to_revoked_cetime_ms,revoked_cetime_to_seen_ms\n");
        for (Sample s : samples) {
            b.append(String.format("%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n", s.httpMs(), s.totalMs(), s.orderMs(),
                    s.hop2Ms(), ms(s.order.ceTime, s.order.wall), ms(s.order.wall, s.revoked.ceTime),
                    ms(s.revoked.ceTime, s.revoked.wall)));
        }
        Files.writeString(file, b.toString());
    }
}

package io.numguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.complaint.reputation.Label;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.ServiceProcess;
import io.numguard.devstack.Settings;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 4, target A: the verdict lookup over HTTP with a valid token against a trivial authenticated endpoint of the
 * same service (GET /api/whoami) and an unauthenticated one (GET /q/health/live), side by side with wrk, with
 * 1,000,000 numbers and all 11,000 segment codes loaded (see {@link ReputationDataset}).
 *
 * <p>Loading: COPY into complaint-service's {@code segment_registry} and {@code reputation} tables (what its index is
 * rebuilt from at start-up), then a restart of the service; a sample of 1,000 lookups must return the loaded labels.
 *
 * <p>Arguments: {@code [seconds per run, default 10] [connections, default 8,32,64] [--jfr]}. Every run is bounded
 * (wrk -d); traffic goes to 127.0.0.1 only.
 */
public final class VerdictHttpBench {
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] concurrencies = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt)
                .toArray() : new int[] {8, 32, 64};
        boolean jfr = List.of(args).contains("--jfr");
        Path work = Files.createDirectories(Path.of("bench/target/verdict-http"));
        try (DevStack stack = BenchStack.start("verdict-http")) {
            load(stack);
            long t0 = System.nanoTime();
            try (ServiceProcess complaint = restartWithoutReassessment(stack)) {
            BenchStack.log("complaint-service restarted (index rebuilt from the database) in %.1f s",
                    (System.nanoTime() - t0) / 1e9);
            String url = complaint.url();
            String rebuilt = Files.readAllLines(complaint.process().log()).stream()
                    .filter(l -> l.contains("reputation index rebuilt")).reduce((a, b) -> b).orElse("(no log line)");
            BenchStack.log("service log: %s", rebuilt.substring(Math.max(0, rebuilt.indexOf("reputation index"))));
            verify(stack, url);

            String[] queries = ReputationDataset.queries(4096, 7);
            List<String> verdictPaths = new ArrayList<>();
            for (String q : queries) {
                verdictPaths.add("/api/reputation/" + q);
            }
            List<Endpoint> endpoints = List.of(
                    new Endpoint("GET /q/health/live (no token)", List.of("/q/health/live"), false),
                    new Endpoint("GET /api/whoami (token)", List.of("/api/whoami"), true),
                    new Endpoint("GET /api/reputation/{n} (token)", verdictPaths, true));
            long servicePid = complaint.process().pid();

            BenchStack.log("warm-up: 5 s per endpoint at 32 connections");
            for (Endpoint e : endpoints) {
                String token = e.token() ? BenchStack.token(stack, "carrier.ct") : null;
                BenchStack.WrkResult w = BenchStack.wrk("warmup " + e.label(), url, e.paths(), token, 32, 5, work);
                if (w.non2xx() > 0 || w.requests() == 0) {
                    throw new IllegalStateException("warm-up of " + e.label() + " failed: " + w);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int c : concurrencies) {
                for (Endpoint e : endpoints) {
                    String token = e.token() ? BenchStack.token(stack, "carrier.ct") : null; // fresh, lives 900 s
                    boolean profile = jfr && c == 32 && e.token();
                    Path jfrFile = work.resolve((e.paths().size() > 1 ? "verdict" : "whoami") + "-c32.jfr")
                            .toAbsolutePath();
                    if (profile) {
                        jcmd(servicePid, "JFR.start", "name=bench", "settings=profile",
                                "filename=" + jfrFile, "duration=" + (seconds + 2) + "s");
                    }
                    long cpu0 = CpuTime.ofProcess(servicePid);
                    BenchStack.WrkResult w = BenchStack.wrk(e.label(), url, e.paths(), token, c, seconds, work);
                    long cpu1 = CpuTime.ofProcess(servicePid);
                    rows.add(new Row(w, (cpu1 - cpu0) / (double) CpuTime.TICKS_PER_SECOND / seconds));
                    BenchStack.log("%-34s c=%-3d %10.0f req/s  p50 %-8s p99 %-8s non-2xx %d errors %d", e.label(), c,
                            w.requestsPerSecond(), w.p50(), w.p99(), w.non2xx(), w.socketErrors());
                    if (profile) {
                        Thread.sleep(4_000);
                        JfrTop.print(jfrFile, 15);
                    }
                }
            }
            print(rows, seconds);
            }
        }
    }

    /**
     * Restarts complaint-service so that it rebuilds its index from the loaded tables, with its hourly re-assessment
     * pushed out of the run ({@code NUMGUARD_COMPLAINTS_REASSESSMENT_DELAY=6h}; default: 1 minute after start). The
     * loaded labels have no complaints behind them, so that pass would clear all 1,000,000 of them (publishing a
     * tombstone each) while wrk runs: a measurement of the job, not of the lookup.
     */
    static ServiceProcess restartWithoutReassessment(DevStack stack) {
        return restartWithoutReassessment(stack, java.util.Map.of());
    }

    static ServiceProcess restartWithoutReassessment(DevStack stack, java.util.Map<String, String> extraEnv) {
        ServiceProcess old = stack.service(Service.COMPLAINT);
        int port = java.net.URI.create(old.url()).getPort();
        old.close();
        java.util.Map<String, String> env = new java.util.HashMap<>(stack.environmentFor(Service.COMPLAINT));
        env.put("NUMGUARD_COMPLAINTS_REASSESSMENT_DELAY", "6h");
        env.putAll(extraEnv);
        ServiceProcess p = ServiceProcess.start(Service.COMPLAINT, Settings.projectRoot(), port, env,
                stack.runDir());
        p.awaitReady(java.time.Duration.ofSeconds(180));
        return p;
    }

    record Endpoint(String label, List<String> paths, boolean token) {
    }

    record Row(BenchStack.WrkResult wrk, double serviceCores) {
    }

    static void load(DevStack stack) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = BenchStack.complaintDb(stack)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder seg = new StringBuilder();
            StringBuilder rep = new StringBuilder(48 * 1_000_000);
            int segmentLabels = 0;
            for (int i = 0; i < ReputationDataset.SEGMENTS; i++) {
                ReputationDataset.Segment s = ReputationDataset.segment(i);
                seg.append(s.code()).append('\t').append(s.status().name()).append('\t').append(s.outbound())
                        .append('\t').append(s.expanded()).append("\t2026-01-01 00:00:00+00\n");
                if (s.label() != null) {
                    rep.append("SEGMENT\t").append(s.code()).append('\t').append(s.label().name()).append('\t')
                            .append(s.score()).append("\t\t2026-01-01 00:00:00+00\n");
                    segmentLabels++;
                }
            }
            long segments = copy.copyIn("COPY segment_registry (code, status, outbound_authorised, expanded, "
                    + "updated_at) FROM STDIN", new StringReader(seg.toString()));
            for (int key : ReputationDataset.numberKeys()) {
                rep.append("NUMBER\t").append(key).append('\t').append(ReputationDataset.numberLabel(key).name())
                        .append('\t').append(ReputationDataset.numberScore(key)).append("\t\t2026-01-01 00:00:00+00\n");
            }
            long reputations = copy.copyIn("COPY reputation (subject_kind, subject_code, label, score, reasons, "
                    + "updated_at) FROM STDIN", new StringReader(rep.toString()));
            try (Statement st = c.createStatement()) {
                st.execute("analyze segment_registry");
                st.execute("analyze reputation");
            }
            BenchStack.log("loaded %d segment_registry rows and %d reputation rows (%d segment labels) in %.1f s",
                    segments, reputations, segmentLabels, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** 1,000 random numbers through POST /api/reputation/lookup: every loaded label and segment status comes back. */
    static void verify(DevStack stack, String url) throws Exception {
        String[] sample = ReputationDataset.queries(1000, 99);
        java.util.Set<Integer> loaded = new java.util.HashSet<>();
        for (int k : ReputationDataset.numberKeys()) {
            loaded.add(k);
        }
        String token = BenchStack.token(stack, "regulator.cn");
        HttpResponse<String> r = BenchStack.postJson(url + "/api/reputation/lookup", token,
                JSON.writeValueAsString(java.util.Map.of("numbers", List.of(sample))));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("lookup: " + r.statusCode() + " " + r.body());
        }
        JsonNode results = JSON.readTree(r.body()).get("results");
        int withOwnLabel = 0;
        int checked = 0;
        for (int i = 0; i < sample.length; i++) {
            JsonNode v = results.get(i);
            int key = Integer.parseInt(sample[i]);
            Label expected = loaded.contains(key) ? ReputationDataset.numberLabel(key) : Label.NONE;
            String got = v.path("numberLabel").asText();
            if (!expected.name().equals(got)) {
                throw new IllegalStateException(sample[i] + ": expected number label " + expected + ", got " + v);
            }
            String segCode = v.path("segmentCode").asText();
            int segIndex = segCode.length() == 5 ? Integer.parseInt(segCode) - ReputationDataset.FIVE_DIGIT_FIRST
                    : 1_000 + Integer.parseInt(segCode) - ReputationDataset.SIX_DIGIT_FIRST;
            ReputationDataset.Segment s = ReputationDataset.segment(segIndex);
            if (segCode.length() != 6 || !s.status().name().equals(v.path("segmentStatus").asText())) {
                throw new IllegalStateException(sample[i] + ": expected segment " + s + ", got " + v);
            }
            if (expected != Label.NONE) {
                withOwnLabel++;
            }
            checked++;
        }
        BenchStack.log("verified %d lookups against the loaded data (%d with their own label, all on their 6-digit "
                + "segment with its loaded status): the service holds the data", checked, withOwnLabel);
        HttpResponse<String> one = BenchStack.get(url + "/api/reputation/" + sample[0],
                BenchStack.token(stack, "carrier.ct"));
        BenchStack.log("e.g. GET /api/reputation/%s -> %d %s", sample[0], one.statusCode(), one.body());
        HttpResponse<String> me = BenchStack.get(url + "/api/whoami", BenchStack.token(stack, "carrier.ct"));
        BenchStack.log("GET /api/whoami -> %d %s", me.statusCode(), me.body());
        if (one.statusCode() != 200 || me.statusCode() != 200) {
            throw new IllegalStateException("sanity requests failed");
        }
    }

    static void jcmd(long pid, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        BenchStack.log("jcmd %s: %s", String.join(" ", args), out.replace('\n', ' ').trim());
    }

    static void print(List<Row> rows, int seconds) {
        System.out.println();
        System.out.println("## Verdict lookup over HTTP, side by side (wrk -t2, " + seconds + " s per row; "
                + BenchStack.machine() + "; wrk and the service share the machine)");
        System.out.println();
        System.out.println("| endpoint | connections | requests/s | p50 | p99 | non-2xx | socket errors "
                + "| service CPU (cores) | verdict / whoami |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            BenchStack.WrkResult w = r.wrk();
            String ratio = "";
            if (w.label().startsWith("GET /api/reputation")) {
                double whoami = rows.stream().filter(o -> o.wrk().connections() == w.connections()
                        && o.wrk().label().startsWith("GET /api/whoami")).mapToDouble(o -> o.wrk().requestsPerSecond())
                        .findFirst().orElse(Double.NaN);
                ratio = String.format("**%.2f**", w.requestsPerSecond() / whoami);
            }
            System.out.printf("| %s | %d | %.0f | %s | %s | %d | %d | %.2f | %s |%n", w.label(), w.connections(),
                    w.requestsPerSecond(), w.p50(), w.p99(), w.non2xx(), w.socketErrors(), r.serviceCores(), ratio);
        }
        System.out.println();
    }
}

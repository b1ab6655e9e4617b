package io.numguard.bench;

import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.ServiceProcess;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 4, target B: carrier batch intake end to end (POST /api/complaints/batch: validated, stored, de-duplicated,
 * numbers re-assessed in the request; segments' buckets, distinct complainants and re-assessment by the segment
 * folder, the clock stopping when it has caught up) against a plain batched JDBC insert
 * of the same rows into a copy of the same {@code complaint} table ({@code create table ... (like complaint including
 * all)}) of the same PostgreSQL, in one run.
 *
 * <p>The hourly re-assessment is pushed out of the run as in {@link VerdictHttpBench} (it would start one minute after
 * the service and compete with the batches); the per-batch re-assessment of the changed subjects stays, it is part of
 * the intake.
 *
 * <p>Arguments: {@code [batches per run, default 20] [rows per batch, default 10000] [clients, default 1,2,3] [--jfr]
 * [--pause-enforcement]}; the last pauses enforcement-service (SIGSTOP) for the measured runs: the thresholds the
 * batches cross make it open and attach cases on the same cores.
 * Every run is bounded (batch count, and 300 s); traffic goes to 127.0.0.1 only.
 */
public final class IntakeBench {
    static final String[] CATEGORIES = {"MARKETING", "HARASSMENT", "FRAUD", "ROBOCALL", "OTHER"};
    static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    static final Pattern COUNTED = Pattern.compile("\"counted\"\\s*:\\s*(\\d+)");

    record Mark(String number, String category, Instant markedAt, String markerPhone) {
    }

    record Result(String label, int clients, long rows, long accepted, long counted, double seconds,
                  double p50BatchMs, double maxBatchMs, double firstBatchMs, double lastBatchMs, double serviceCores,
                  double postgresCores, double machineCores) {
        double rate() {
            return accepted / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rowsPerBatch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int[] clients = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt)
                .toArray() : new int[] {1, 2, 3};
        boolean jfr = List.of(args).contains("--jfr");
        boolean alone = List.of(args).contains("--pause-enforcement");
        Path work = Files.createDirectories(Path.of("bench/target/intake"));
        Random random = new Random(42);
        try (DevStack stack = BenchStack.start("intake");
             ServiceProcess complaint = VerdictHttpBench.restartWithoutReassessment(stack, java.util.Map.of(
                     // where a batch's time goes, one line per batch in the service log (summarised below)
                     "NUMGUARD_PHASE_LOG_LEVEL", "DEBUG"))) {
            String url = complaint.url();
            long servicePid = complaint.process().pid();
            postmaster = CpuTime.postmasterOf(stack.runDir());
            BenchStack.log("complaint-service pid %d, PostgreSQL postmaster pid %d", servicePid, postmaster);
            long enforcementPid = stack.service(Service.ENFORCEMENT).process().pid();
            if (alone) {
                // the signals a batch raises make enforcement-service open and attach cases at the same time, on
                // the same two cores; paused, the run measures the intake alone (Kafka keeps the signals)
                signal(enforcementPid, "STOP");
            }
            long enforcementCpu0 = CpuTime.ofProcess(enforcementPid);
            long wall0 = System.nanoTime();
            List<Result> results = new ArrayList<>();

            // warm-up of both paths (not counted): 2 batches each
            results.add(plain(stack, marks(random, 2, rowsPerBatch), "warm-up", false));
            results.add(plain(stack, marks(random, 2, rowsPerBatch), "warm-up", true));
            service(stack, url, 1, marks(random, 2, rowsPerBatch), servicePid, "warm-up", null);
            results.clear();

            results.add(plain(stack, marks(random, batches, rowsPerBatch), "plain JDBC batched insert", false));
            results.add(plain(stack, marks(random, batches, rowsPerBatch),
                    "plain JDBC batched insert, reWriteBatchedInserts", true));
            for (int c : clients) {
                Path jfrFile = jfr && c == clients[0] ? work.resolve("intake.jfr").toAbsolutePath() : null;
                results.add(service(stack, url, c, marks(random, batches, rowsPerBatch), servicePid,
                        "POST /api/complaints/batch", jfrFile));
                if (jfrFile != null) {
                    Thread.sleep(3_000);
                    JfrTop.print(jfrFile, 20);
                }
            }
            double enforcementCores = (CpuTime.ofProcess(enforcementPid) - enforcementCpu0)
                    / (double) CpuTime.TICKS_PER_SECOND / ((System.nanoTime() - wall0) / 1e9);
            if (alone) {
                signal(enforcementPid, "CONT");
            }
            BenchStack.log("enforcement-service %s: %.2f cores on average over the measured runs",
                    alone ? "paused" : "running", enforcementCores);
            verify(stack);
            print(results, rowsPerBatch);
            phases(complaint.process().log(), rowsPerBatch);
        }
    }

    static void signal(long pid, String signal) throws Exception {
        int rc = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + rc);
        }
        BenchStack.log("sent SIG%s to enforcement-service (pid %d)", signal, pid);
    }

    static List<List<Mark>> marks(Random random, int batches, int rowsPerBatch) {
        Instant at = Instant.now().minusSeconds(120);
        List<List<Mark>> out = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<Mark> batch = new ArrayList<>(rowsPerBatch);
            for (int i = 0; i < rowsPerBatch; i++) {
                batch.add(new Mark(Integer.toString(95_000_000 + random.nextInt(1_000_000)),
                        CATEGORIES[random.nextInt(CATEGORIES.length)], at,
                        "138" + String.format("%08d", random.nextInt(100_000_000))));
            }
            out.add(batch);
        }
        return out;
    }

    static long postmaster = -1;

    static Result plain(DevStack stack, List<List<Mark>> batches, String label, boolean rewrite) throws Exception {
        try (Connection c = BenchStack.complaintDb(stack, rewrite)) {
            try (Statement st = c.createStatement()) {
                st.execute("create table if not exists bench_plain_complaint (like complaint including all)");
            }
            c.setAutoCommit(false);
            List<Double> latencies = new ArrayList<>();
            long rows = 0;
            long cpu0 = CpuTime.ofMachine();
            long pg0 = CpuTime.ofTree(postmaster);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("insert into bench_plain_complaint (number, segment_code, "
                    + "category, source, complainant_hash, reporter, at, counted, created_at) "
                    + "values (?, ?, ?, 'CARRIER', ?, 'CT', ?, true, ?)")) {
                for (List<Mark> batch : batches) {
                    long b0 = System.nanoTime();
                    Timestamp now = Timestamp.from(Instant.now());
                    for (Mark m : batch) {
                        ps.setString(1, m.number());
                        ps.setString(2, m.number().substring(0, 5));
                        ps.setString(3, m.category());
                        ps.setString(4, "h" + Integer.toHexString(m.markerPhone().hashCode()) + "0".repeat(55));
                        ps.setTimestamp(5, Timestamp.from(m.markedAt()));
                        ps.setTimestamp(6, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                    rows += batch.size();
                    latencies.add((System.nanoTime() - b0) / 1e6);
                    if ((System.nanoTime() - t0) > 300e9) {
                        break;
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double machine = (CpuTime.ofMachine() - cpu0) / (double) CpuTime.TICKS_PER_SECOND / seconds;
            double pg = (CpuTime.ofTree(postmaster) - pg0) / (double) CpuTime.TICKS_PER_SECOND / seconds;
            Result r = new Result(label, 1, rows, rows, rows, seconds, pct(latencies, 50), pct(latencies, 100),
                    latencies.get(0), latencies.get(latencies.size() - 1), 0, pg, machine);
            BenchStack.log("%s: %d rows in %.1f s = %.0f rows/s", label, rows, seconds, r.rate());
            return r;
        }
    }

    static Result service(DevStack stack, String url, int clients, List<List<Mark>> batches, long servicePid,
                          String label, Path jfrFile) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (List<Mark> batch : batches) {
            StringBuilder sb = new StringBuilder(batch.size() * 110).append("{\"marks\":[");
            for (int i = 0; i < batch.size(); i++) {
                Mark m = batch.get(i);
                sb.append(i == 0 ? "" : ",").append("{\"number\":\"").append(m.number()).append("\",\"category\":\"")
                        .append(m.category()).append("\",\"markedAt\":\"").append(m.markedAt())
                        .append("\",\"markerPhone\":\"").append(m.markerPhone()).append("\"}");
            }
            bodies.add(sb.append("]}").toString());
        }
        String token = BenchStack.token(stack, "carrier.ct"); // fresh: lives 900 s, a run is bounded to 300 s
        if (jfrFile != null) {
            VerdictHttpBench.jcmd(servicePid, "JFR.start", "name=intake",
                    "settings=" + System.getProperty("numguard.bench.jfr-settings", "profile"),
                    "filename=" + jfrFile);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + 300_000_000_000L;
        long cpu0 = CpuTime.ofProcess(servicePid);
        long m0 = CpuTime.ofMachine();
        long pg0 = CpuTime.ofTree(postmaster);
        List<Double> ordered = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size() && System.nanoTime() < deadline) {
                    long b0 = System.nanoTime();
                    HttpResponse<String> r = BenchStack.postJson(url + "/api/complaints/batch", token, bodies.get(i));
                    latencies.add((System.nanoTime() - b0) / 1e6);
                    ordered.add((System.nanoTime() - b0) / 1e6);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("batch " + i + ": " + r.statusCode() + " "
                                + r.body().substring(0, Math.min(500, r.body().length())));
                    }
                    String head = r.body().substring(0, Math.min(200, r.body().length()));
                    accepted.addAndGet(first(ACCEPTED, head));
                    counted.addAndGet(first(COUNTED, head));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(400, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // end to end: the segments are aggregated out of the request (SegmentFolder), so the clock stops when the
        // folder has taken every queued complaint
        double folderLag = awaitFolded(stack);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double serviceCores = (CpuTime.ofProcess(servicePid) - cpu0) / (double) CpuTime.TICKS_PER_SECOND / seconds;
        double machine = (CpuTime.ofMachine() - m0) / (double) CpuTime.TICKS_PER_SECOND / seconds;
        double pg = (CpuTime.ofTree(postmaster) - pg0) / (double) CpuTime.TICKS_PER_SECOND / seconds;
        if (jfrFile != null) {
            VerdictHttpBench.jcmd(servicePid, "JFR.stop", "name=intake");
        }
        long rows = (long) Math.min(next.get(), bodies.size()) * batches.get(0).size();
        Result r = new Result(label, clients, rows, accepted.get(), counted.get(), seconds, pct(latencies, 50),
                pct(latencies, 100), ordered.get(0), ordered.get(ordered.size() - 1), serviceCores, pg, machine);
        BenchStack.log("%s, %d client(s): %d accepted (%d counted) of %d in %.1f s = %.0f marks/s (segments "
                        + "folded %.2f s after the last response)", label, clients, r.accepted(), r.counted(), rows,
                seconds, r.rate(), folderLag);
        return r;
    }

    /** Waits until the segment folder's queue is empty; returns the seconds waited. */
    static double awaitFolded(DevStack stack) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = BenchStack.complaintDb(stack); Statement st = c.createStatement()) {
            while (true) {
                try (ResultSet rs = st.executeQuery("select exists (select 1 from segment_fold_queue)")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return (System.nanoTime() - t0) / 1e9;
                    }
                }
                if (System.nanoTime() - t0 > 120e9) {
                    throw new IllegalStateException("the segment folder did not catch up within 120 s");
                }
                Thread.sleep(10);
            }
        }
    }

    /** What the service says it accepted is in the database: complaints stored, counted, in their segments' buckets. */
    static void verify(DevStack stack) throws Exception {
        try (Connection c = BenchStack.complaintDb(stack); Statement st = c.createStatement()) {
            String[] queries = {
                    "select count(*) from complaint where source = 'CARRIER' and reporter = 'CT'",
                    "select count(*) from complaint where source = 'CARRIER' and reporter = 'CT' and counted",
                    "select coalesce(sum(count), 0) from complaint_bucket where subject_kind = 'SEGMENT'",
                    "select count(*) from reputation",
                    "select count(*) from bench_plain_complaint"};
            for (String q : queries) {
                try (ResultSet rs = st.executeQuery(q)) {
                    rs.next();
                    BenchStack.log("%-90s %d", q, rs.getLong(1));
                }
            }
        }
    }

    /** The median of each phase over the full batches, from the service's debug lines. */
    static void phases(Path serviceLog, int rowsPerBatch) throws java.io.IOException {
        Pattern phase = Pattern.compile("([a-z -]+) (\\d+) ms");
        java.util.Map<String, List<Long>> byPhase = new java.util.LinkedHashMap<>();
        // "10000 rows, 11000 subjects: store 5 ms, ...", "11000 subjects: load 5 ms, ...", "10000 marks: validate 5 ms",
        // "fold of 20000 complaints, 1000 segments: read 5 ms, ..." (the folder's, out of the request)
        Pattern head = Pattern.compile("(\\d+ (rows, \\d+ subjects|subjects(?: \\(\\d+ quiet\\))?|marks)|index"
                + "|fold of \\d+ complaints, \\d+ segments):");
        for (String line : Files.readAllLines(serviceLog)) {
            Matcher h = head.matcher(line);
            boolean perBatch = h.find() && (h.group(2) == null || h.group(2).startsWith("subjects")
                    || line.contains(rowsPerBatch + " "));
            if (!perBatch) {
                continue;
            }
            String prefix = h.group(1).startsWith("fold") ? "fold: " : "";
            Matcher m = phase.matcher(line.substring(h.end()));
            while (m.find()) {
                byPhase.computeIfAbsent(prefix + m.group(1).trim(), k -> new ArrayList<>())
                        .add(Long.parseLong(m.group(2)));
            }
        }
        System.out.println("Where a batch's time goes in the service (median of " + byPhase.values().stream()
                .mapToInt(List::size).max().orElse(0) + " batches, ms):");
        System.out.println();
        System.out.println("| phase | median ms |");
        System.out.println("|---|---|");
        byPhase.forEach((k, v) -> System.out.printf("| %s | %.0f |%n", k, pct(v.stream().map(Long::doubleValue)
                .toList(), 50)));
        System.out.println();
    }

    private static long first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static double pct(List<Double> values, int p) {
        return BenchStack.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
    }

    /** Ratios are against the faster of the plain inserts. */
    static void print(List<Result> results, int rowsPerBatch) {
        double plain = results.stream().filter(r -> r.label().startsWith("plain")).mapToDouble(Result::rate).max()
                .orElseThrow();
        System.out.println();
        System.out.println("## Carrier batch intake, side by side (" + rowsPerBatch + " rows per batch; "
                + BenchStack.machine() + "; client, service and PostgreSQL share the machine)");
        System.out.println();
        System.out.println("| path | clients | rows | accepted (counted) | seconds | rows/s | per batch p50 / max "
                + "| first / last batch | service CPU (cores) | PostgreSQL CPU (cores) | machine busy (cores) "
                + "| vs faster plain insert | vs 20,000/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %d | %d (%d) | %.1f | %.0f | %.0f / %.0f ms | %.0f / %.0f ms | %s | %.2f "
                            + "| %.2f | **%.2f** | %.2f |%n",
                    r.label(), r.clients(), r.rows(), r.accepted(), r.counted(), r.seconds(), r.rate(),
                    r.p50BatchMs(), r.maxBatchMs(), r.firstBatchMs(), r.lastBatchMs(),
                    r.label().startsWith("plain") ? "—" : String.format("%.2f", r.serviceCores()), r.postgresCores(),
                    r.machineCores(), r.rate() / plain, r.rate() / 20_000);
        }
        System.out.println();
    }
}

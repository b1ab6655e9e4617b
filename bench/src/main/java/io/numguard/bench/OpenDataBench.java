package io.numguard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.ServiceProcess;
import io.numguard.devstack.Settings;
import io.numguard.contracts.identity.Uscc;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Issue 16: the registry's public barred-segments feed with 11,000 barred segments, next to {@code /q/health/live}
 * of the same service in the same run (wrk -t2): the full feed as JSON and CSV, plain and gzipped, a 304
 * revalidation ({@code If-None-Match}) and the small delta a mirror fetches ({@code ?since=}).
 *
 * <p>Loading: COPY of 200 licensees and 11,000 segments (every 5- and 6-digit code of {@link ReputationDataset}; 70 %
 * revoked, 20 % suspended, 10 % quarantined after expiry) into the registry's tables, then a restart of the registry,
 * whose start-up reconciliation writes the feed's read model and builds the cached bodies. The rate limit is set out
 * of reach for the run (it still counts every request). Health runs first and last; ratios are against their mean.
 *
 * <p>Arguments: {@code [seconds per run, default 10] [connections, default 32]}.
 */
public final class OpenDataBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int LICENSEES = 200;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] concurrencies = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt)
                .toArray() : new int[] {32};
        Path work = Files.createDirectories(Path.of("bench/target/opendata"));
        try (DevStack stack = BenchStack.start("opendata")) {
            load(stack);
            long t0 = System.nanoTime();
            try (ServiceProcess registry = restart(stack)) {
                BenchStack.log("registry restarted (feed reconciled and cached) in %.1f s",
                        (System.nanoTime() - t0) / 1e9);
                String url = registry.url();
                String feed = "/open/v1/segments/barred";
                Map<String, String> sizes = verify(url + feed);
                String etag = sizes.get("etag");
                long cursor = Long.parseLong(sizes.get("cursor"));
                String sinceRecent = feed + ".json?since=" + Math.max(0, cursor - 10);
                List<Endpoint> endpoints = List.of(
                        new Endpoint("GET /q/health/live", "/q/health/live", List.of()),
                        new Endpoint("full feed, JSON", feed + ".json", List.of()),
                        new Endpoint("full feed, CSV", feed + ".csv", List.of()),
                        new Endpoint("full feed, JSON, gzip", feed + ".json", List.of("Accept-Encoding: gzip")),
                        new Endpoint("full feed, CSV, gzip", feed + ".csv", List.of("Accept-Encoding: gzip")),
                        new Endpoint("304 revalidation (If-None-Match)", feed + ".json",
                                List.of("If-None-Match: " + etag)),
                        new Endpoint("delta, last 10 changes (?since=)", sinceRecent, List.of()),
                        new Endpoint("GET /q/health/live", "/q/health/live", List.of()));
                long pid = registry.process().pid();
                BenchStack.log("load average before: %s", BenchStack.loadAverage());
                BenchStack.log("warm-up: 5 s per endpoint at 32 connections");
                for (Endpoint e : endpoints) {
                    BenchStack.wrkWithHeaders("warmup " + e.label(), url, List.of(e.path()), e.headers(), 2, 32, 5,
                            work);
                }
                List<Row> rows = new ArrayList<>();
                for (int c : concurrencies) {
                    for (Endpoint e : endpoints) {
                        long cpu0 = CpuTime.ofProcess(pid);
                        BenchStack.WrkResult w = BenchStack.wrkWithHeaders(e.label(), url, List.of(e.path()),
                                e.headers(), 2, c, seconds, work);
                        long cpu1 = CpuTime.ofProcess(pid);
                        rows.add(new Row(w, (cpu1 - cpu0) / (double) CpuTime.TICKS_PER_SECOND / seconds));
                        BenchStack.log("%-36s c=%-3d %10.0f req/s  %s/s  p50 %-8s p99 %-8s non-2xx %d errors %d",
                                e.label(), c, w.requestsPerSecond(), w.transferPerSecond(), w.p50(), w.p99(),
                                w.non2xx(), w.socketErrors());
                    }
                }
                String loadAfter = BenchStack.loadAverage();
                print(rows, seconds, sizes, loadAfter);
            }
        }
    }

    record Endpoint(String label, String path, List<String> headers) {
    }

    record Row(BenchStack.WrkResult wrk, double serviceCores) {
    }

    static Connection registryDb(DevStack stack) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", stack.postgres().user());
        p.setProperty("password", stack.postgres().password());
        return DriverManager.getConnection(stack.postgres().jdbcUrl(Service.REGISTRY.database()), p);
    }

    static void load(DevStack stack) throws Exception {
        long t0 = System.nanoTime();
        String[] provinces = {"FJ", "GD", "BJ", "SH", "ZJ", "JS", "SD", "HB"};
        List<String> usccs = new ArrayList<>();
        StringBuilder lic = new StringBuilder();
        for (int i = 0; i < LICENSEES; i++) {
            String first17 = "91350100MA" + String.format("%07d", 1_000_000 + i);
            String uscc = first17 + Uscc.checkCharacter(first17);
            usccs.add(uscc);
            lic.append(uscc).append("\tBench Call Centre No. ").append(i).append(" Co., Ltd.\t")
                    .append(provinces[i % provinces.length]).append('\t').append("a".repeat(64))
                    .append("\tB2-bench-").append(i).append("\t2024-01-01\t2030-12-31\tACTIVE\t2024-01-01 00:00:00+00")
                    .append("\tbench\n");
        }
        StringBuilder seg = new StringBuilder();
        for (int i = 0; i < ReputationDataset.SEGMENTS; i++) {
            String code = ReputationDataset.segment(i).code();
            int licensee = i % LICENSEES;
            int kind = i % 10; // 0-6 revoked, 7-8 suspended, 9 expired: all quarantined but the suspended
            String status = kind <= 6 || kind == 9 ? "QUARANTINED" : "SUSPENDED";
            String cause = kind <= 6 ? "REVOKED" : kind == 9 ? "EXPIRED" : "\\N";
            String since = "2026-" + String.format("%02d", 1 + i % 11) + "-15 08:00:00+00";
            seg.append(code).append('\t').append(usccs.get(licensee)).append('\t')
                    .append(provinces[licensee % provinces.length]).append("\t{CT,CM}\tfalse\tfalse\t")
                    .append("2024-01-01 00:00:00+00\tbench\t2024-01-01\t2028-12-31\t").append(status).append('\t')
                    .append(cause).append('\t').append(status.equals("QUARANTINED") ? since : "\\N").append('\t')
                    .append(status.equals("QUARANTINED") ? "2027-06-01 00:00:00+00" : "\\N").append('\n');
        }
        try (Connection c = registryDb(stack)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long l = copy.copyIn("COPY licensee (uscc, name, province, legal_representative_hash, licence_number, "
                    + "licence_valid_from, licence_valid_until, status, registered_at, registered_by) FROM STDIN",
                    new StringReader(lic.toString()));
            long s = copy.copyIn("COPY segment (code, licensee_uscc, province, carriers, outbound_authorised, "
                    + "expanded, allocated_at, allocated_by, valid_from, valid_until, status, quarantine_cause, "
                    + "quarantine_since, quarantine_until) FROM STDIN", new StringReader(seg.toString()));
            try (Statement st = c.createStatement()) {
                st.execute("analyze segment");
            }
            BenchStack.log("loaded %d licensees and %d barred segments into the registry in %.1f s", l, s,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Restarts the registry so that it reconciles the feed with the loaded segments; the rate limit out of reach. */
    static ServiceProcess restart(DevStack stack) {
        ServiceProcess old = stack.service(Service.REGISTRY);
        int port = URI.create(old.url()).getPort();
        old.close();
        Map<String, String> env = new HashMap<>(stack.environmentFor(Service.REGISTRY));
        env.put("NUMGUARD_OPEN_DATA_RATE_LIMIT_REQUESTS", "2000000000");
        ServiceProcess p = ServiceProcess.start(Service.REGISTRY, Settings.projectRoot(), port, env, stack.runDir());
        p.awaitReady(Duration.ofSeconds(180));
        return p;
    }

    /** The feed holds the 11,000 segments in both forms; returns body sizes, the ETag and the cursor. */
    static Map<String, String> verify(String feedUrl) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String ext : List.of("json", "csv")) {
            for (boolean gzip : new boolean[] {false, true}) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(feedUrl + "." + ext))
                        .timeout(Duration.ofSeconds(60));
                if (gzip) {
                    b.header("Accept-Encoding", "gzip");
                }
                HttpResponse<byte[]> r = BenchStack.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(ext + ": " + r.statusCode());
                }
                out.put(ext + (gzip ? ".gz" : ""), Integer.toString(r.body().length));
                if (!gzip) {
                    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                    long rows = ext.equals("csv") ? body.lines().count() - 1
                            : JSON.readTree(body).path("rows").size();
                    if (rows != ReputationDataset.SEGMENTS) {
                        throw new IllegalStateException(ext + " feed has " + rows + " rows, expected "
                                + ReputationDataset.SEGMENTS);
                    }
                    if (ext.equals("json")) {
                        out.put("etag", r.headers().firstValue("ETag").orElseThrow());
                        out.put("cursor", r.headers().firstValue("Numguard-Feed-Cursor").orElseThrow());
                    }
                }
            }
        }
        BenchStack.log("feed verified: %d rows; JSON %s bytes (gzip %s), CSV %s bytes (gzip %s)",
                ReputationDataset.SEGMENTS, out.get("json"), out.get("json.gz"), out.get("csv"), out.get("csv.gz"));
        return out;
    }

    static double serviceMicrosPerRequest(Row r) {
        return r.serviceCores() * 1_000_000 / r.wrk().requestsPerSecond();
    }

    static void print(List<Row> rows, int seconds, Map<String, String> sizes, String loadAfter) {
        double health = rows.stream().filter(r -> r.wrk().label().startsWith("GET /q/health"))
                .mapToDouble(r -> r.wrk().requestsPerSecond()).average().orElse(Double.NaN);
        // what the service itself spends per request (its CPU over the row / requests served): on one 2-core
        // machine wrk and the kernel's loopback copies share the cores, so requests/s of a large body is bounded by
        // the client side too; this column is the service's own cost, health's being the yardstick
        double healthMicros = rows.stream().filter(r -> r.wrk().label().startsWith("GET /q/health"))
                .mapToDouble(OpenDataBench::serviceMicrosPerRequest).average().orElse(Double.NaN);
        System.out.println();
        System.out.println("## Open data: the barred-segments feed (11,000 rows) next to /q/health/live (wrk -t2, "
                + seconds + " s per row; " + BenchStack.machine() + "; load average after: " + loadAfter + ")");
        System.out.printf("Bodies: JSON %s B (gzip %s B), CSV %s B (gzip %s B)%n%n", sizes.get("json"),
                sizes.get("json.gz"), sizes.get("csv"), sizes.get("csv.gz"));
        System.out.println("| endpoint | connections | requests/s | transfer/s | p50 | p99 | non-2xx | service CPU (cores) "
                + "| / health | service µs per request | / health's |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            BenchStack.WrkResult w = r.wrk();
            System.out.printf("| %s | %d | %.0f | %s | %s | %s | %d | %.2f | **%.2f** | %.1f | %.2f |%n", w.label(),
                    w.connections(), w.requestsPerSecond(), w.transferPerSecond(), w.p50(), w.p99(), w.non2xx(),
                    r.serviceCores(), w.requestsPerSecond() / health, serviceMicrosPerRequest(r),
                    serviceMicrosPerRequest(r) / healthMicros);
        }
        System.out.println();
    }
}

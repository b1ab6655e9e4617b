package io.numguard.bench;

import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared parts of the HTTP benchmarks: the stack, tokens, JDBC to the complaint database, wrk. */
final class BenchStack {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private BenchStack() {
    }

    static DevStack start(String name) throws IOException {
        Path runDir = Files.createTempDirectory("numguard-" + name + "-");
        long t0 = System.nanoTime();
        DevStack stack = DevStack.start(runDir, DevStack.PortPlan.free(), true);
        log("stack up in %.0f s (run dir %s)", (System.nanoTime() - t0) / 1e9, runDir);
        return stack;
    }

    static String complaintUrl(DevStack stack) {
        return stack.service(Service.COMPLAINT).url();
    }

    static Connection complaintDb(DevStack stack) throws SQLException {
        return complaintDb(stack, false);
    }

    /** @param rewriteBatches the driver's {@code reWriteBatchedInserts}: insert batches sent as multi-row inserts */
    static Connection complaintDb(DevStack stack, boolean rewriteBatches) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", stack.postgres().user());
        p.setProperty("password", stack.postgres().password());
        p.setProperty("reWriteBatchedInserts", Boolean.toString(rewriteBatches));
        return DriverManager.getConnection(stack.postgres().jdbcUrl(Service.COMPLAINT.database()), p);
    }

    /** A fresh access token (password grant of the public client; demo users' password = user name). */
    static String token(DevStack stack, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=numguard-public&username=" + enc(user) + "&password="
                + enc(user);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak().tokenEndpoint()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no access_token in " + r.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String url, String token, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Nearest-rank percentile (p in 0..100) of the values that are not NaN; NaN when there are none. */
    static double percentile(double[] values, double p) {
        double[] v = java.util.Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, idx))];
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
        System.out.flush();
    }

    /** One wrk run's figures. */
    record WrkResult(String label, int connections, double requestsPerSecond, String p50, String p99,
                     long requests, long non2xx, long socketErrors, String transferPerSecond) {
    }

    /**
     * Runs {@code wrk -t2 -c<connections> -d<seconds>s --latency} against the given paths (a Lua script cycles through
     * them, the same script for every endpoint so that wrk's own cost is the same), with the token if any.
     */
    static WrkResult wrk(String label, String baseUrl, List<String> paths, String token, int connections,
                         int seconds, Path workDir) throws IOException, InterruptedException {
        return wrk(label, baseUrl, paths, token, 2, connections, seconds, workDir);
    }

    /** As above with the number of wrk threads given (at most the connections: one client is -t1 -c1). */
    static WrkResult wrk(String label, String baseUrl, List<String> paths, String token, int threads,
                         int connections, int seconds, Path workDir) throws IOException, InterruptedException {
        return wrkWithHeaders(label, baseUrl, paths, token == null ? List.of() : List.of("Authorization: Bearer "
                + token), threads, connections, seconds, workDir);
    }

    /** As above with request headers of its own ("Name: value"), e.g. If-None-Match or Accept-Encoding. */
    static WrkResult wrkWithHeaders(String label, String baseUrl, List<String> paths, List<String> headers,
                                    int threads, int connections, int seconds, Path workDir)
            throws IOException, InterruptedException {
        Path script = workDir.resolve("paths-" + Math.abs(paths.hashCode()) + ".lua");
        if (!Files.exists(script)) {
            StringBuilder lua = new StringBuilder("local paths = {\n");
            for (String p : paths) {
                lua.append("  \"").append(p).append("\",\n");
            }
            lua.append("}\nlocal n = #paths\nlocal i = 0\n")
                    .append("request = function()\n  i = i % n + 1\n")
                    .append("  return wrk.format(\"GET\", paths[i])\nend\n");
            Files.writeString(script, lua);
        }
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "--latency", "-s", script.toString()));
        for (String h : headers) {
            cmd.add("-H");
            cmd.add(h);
        }
        cmd.add(baseUrl);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        Files.writeString(workDir.resolve("wrk-" + label.replaceAll("[^A-Za-z0-9]+", "_") + "-c" + connections
                + ".txt"), out);
        double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)", "0"));
        String p50 = find(out, "\\n\\s+50%\\s+(\\S+)", "?");
        String p99 = find(out, "\\n\\s+99%\\s+(\\S+)", "?");
        String transfer = find(out, "Transfer/sec:\\s+(\\S+)", "?");
        long requests = Long.parseLong(find(out, "(\\d+) requests in", "0"));
        long non2xx = Long.parseLong(find(out, "Non-2xx or 3xx responses:\\s+(\\d+)", "0"));
        long errors = 0;
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (m.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(m.group(g));
            }
        }
        return new WrkResult(label, connections, rps, p50, p99, requests, non2xx, errors, transfer);
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    /** The 1-, 5- and 15-minute load averages (how busy the shared machine was). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String machine() {
        return "nproc=" + Runtime.getRuntime().availableProcessors() + ", JDK " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version");
    }
}

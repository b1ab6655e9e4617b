package io.numguard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.ServiceProcess;
import io.numguard.devstack.Settings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.numguard.bench.BenchStack.log;

/**
 * Issue 7 item 5: footprint. For each service, with the rest of the stack (PostgreSQL, Kafka, Keycloak, the other
 * services) up: time to ready (process launch to the first {@code /q/health/ready} 200, polled every 25 ms) and the
 * "started in" Quarkus logs, over several launches; resident memory (VmRSS) idle and under load 1 (one client, wrk
 * -t1 -c1, on the service's main read endpoint). The services are launched exactly as devstack launches them
 * ({@link ServiceProcess}: {@code -Xms32m -Xmx320m -XX:+UseSerialGC -jar target/quarkus-app/quarkus-run.jar}); the
 * yardstick is a JVM with the same flags running only the JDK's HTTP server ({@link TinyHttpServer}).
 *
 * <p>Arguments: {@code [launches per service=3] [load seconds=20] [--settle S (10)]
 * [--variant 'label=extra JVM flags']... [--appcds] [--cds] [--only registry,complaint,enforcement]}. A variant is
 * launched beside each default launch, in turn (same flags plus the extra ones; {service} in them is the module's
 * name), and measured the same way. {@code --cds} adds a variant with a dynamic AppCDS archive made by one training
 * start of the service; {@code --appcds} one with the archive Quarkus builds
 * ({@code quarkus.package.jar.appcds.enabled=true}, e.g. through {@code BENCH_MAVEN_ARGS}), flag
 * {@value #APPCDS_FLAG}, launched from {@code target/quarkus-app} as the archive requires. A variant's
 * {@code {app=DIR}} (not passed to the JVM) launches the build copied to {@code <module>/DIR} instead, so that two
 * builds (e.g. a build-time property changed) are measured side by side in one run.
 */
public final class FootprintBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient POLL = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private static final List<String> DEVSTACK_FLAGS = List.of("-Xms32m", "-Xmx320m", "-XX:+UseSerialGC");
    private static final double READY_TARGET_S = 5.0;
    private static final double RSS_TARGET_MB = 350.0;

    /** Stands for the archive quarkus.package.jar.appcds.enabled=true builds (launched from target/quarkus-app). */
    private static final String APPCDS_FLAG = "-XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa";
    /** Not a JVM flag: {@code {app=target/quarkus-app-base}} launches that copy of the build (see launchService). */
    private static final String APP_DIR = "{app=";
    private static final String LOAD_AT_START = BenchStack.loadAverage();

    private FootprintBench() {
    }

    /** A launched JVM, whichever way. */
    interface Launched {
        long pid();

        Path log();

        void stop();
    }

    /** One launch's figures. */
    record Launch(String who, String variant, double readyS, double startedInS, double cpuToReadyS, double hwmMb,
                  double idleMb, double loadMaxMb, double loadRps, long non2xx, Map<String, Double> cpuByThread) {
    }

    /** CPU seconds (user + system) of a process's threads so far, grouped: JIT compilers, GC/VM, main, the rest. */
    static Map<String, Double> cpuByThread(long pid) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (String g : List.of("main", "JIT compiler", "GC + VM thread", "other")) {
            groups.put(g, 0.0);
        }
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12]))
                            / (double) CpuTime.TICKS_PER_SECOND;
                    String g = name.equals("java") || name.equals("main") ? "main"
                            : name.contains("CompilerThre") ? "JIT compiler"
                            : name.equals("VM Thread") || name.startsWith("GC ") ? "GC + VM thread" : "other";
                    groups.merge(g, cpu, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // thread gone meanwhile
                }
            }
        } catch (IOException e) {
            return groups;
        }
        return groups;
    }

    public static void main(String[] args) throws Exception {
        int launches = 3;
        int loadSeconds = 20;
        int settle = 10;
        boolean cds = false;
        Map<String, List<String>> variants = new LinkedHashMap<>();
        List<String> only = List.of("registry", "complaint", "enforcement");
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--settle" -> settle = Integer.parseInt(args[++i]);
                case "--cds" -> cds = true;
                case "--appcds" -> variants.put("AppCDS (Quarkus build)", List.of(APPCDS_FLAG));
                case "--only" -> only = List.of(args[++i].split(","));
                case "--variant" -> {
                    String v = args[++i];
                    int eq = v.indexOf('=');
                    variants.put(v.substring(0, eq), List.of(v.substring(eq + 1).trim().split("\\s+")));
                }
                default -> positional.add(args[i]);
            }
        }
        if (!positional.isEmpty()) {
            launches = Integer.parseInt(positional.get(0));
        }
        if (positional.size() > 1) {
            loadSeconds = Integer.parseInt(positional.get(1));
        }
        Path work = Path.of("bench", "target", "footprint").toAbsolutePath();
        for (Service s : Service.ALL) {
            Path jsa = Settings.projectRoot().resolve(s.module()).resolve("target/quarkus-app/app-cds.jsa");
            if (variants.values().stream().anyMatch(v -> v.contains(APPCDS_FLAG)) && !Files.exists(jsa)) {
                throw new IllegalStateException(jsa + " is missing: build with BENCH_MAVEN_ARGS="
                        + "-Dquarkus.package.jar.appcds.enabled=true bench/footprint.sh ...");
            }
        }
        Files.createDirectories(work);
        Path root = Settings.projectRoot();
        List<Launch> results = new ArrayList<>();
        List<Launched> running = new ArrayList<>();

        try (DevStack stack = BenchStack.start("footprint")) {
            // data for the read endpoints: a licensee, 40 segments of CT, a case on each
            List<String> numbers = setUp(stack);
            Path runDir = stack.runDir().resolve("footprint");

            // the yardstick first, the same number of launches
            for (int i = 1; i <= launches; i++) {
                int port = freePort();
                Path log = runDir.resolve("tiny-" + i + ".log");
                List<String> cmd = new ArrayList<>(List.of(javaBin()));
                cmd.addAll(DEVSTACK_FLAGS);
                cmd.addAll(List.of("-cp", Path.of("bench/target/classes").toAbsolutePath().toString(),
                        TinyHttpServer.class.getName(), Integer.toString(port)));
                String url = "http://127.0.0.1:" + port;
                List<String> paths = numbers.stream().map(n -> "/api/hello/" + n).toList();
                results.add(measure("JDK HttpServer (yardstick)", "devstack flags", () -> launch(cmd, root, Map.of(),
                        log), url, paths, null, settle, loadSeconds, work));
            }

            for (Service s : Service.ALL) {
                if (!only.contains(s.database())) {
                    continue;
                }
                String url = stack.service(s).url();
                int port = URI.create(url).getPort();
                String user = s == Service.ENFORCEMENT ? "regulator.fj" : "carrier.ct";
                List<String> paths = s == Service.ENFORCEMENT ? List.of("/api/cases")
                        : s == Service.REGISTRY ? numbers.stream().map(n -> "/api/numbers/" + n).toList()
                        : numbers.stream().map(n -> "/api/reputation/" + n).toList();
                stack.service(s).close(); // devstack's own instance; from now on the bench launches it
                Map<String, List<String>> all = new LinkedHashMap<>(variants);
                if (cds) {
                    Path jsa = work.resolve(s.module() + ".jsa");
                    Files.deleteIfExists(jsa);
                    log("%s: training start for the AppCDS archive", s.module());
                    Launched train = launchService(s, root, port, stack, List.of("-XX:ArchiveClassesAtExit=" + jsa),
                            runDir.resolve(s.module() + "-cds-training.log"));
                    awaitReady(url, train, 120);
                    get(url + "/q/health/ready");
                    train.stop();
                    all.put("dynamic AppCDS", List.of("-XX:SharedArchiveFile=" + jsa));
                }
                for (int i = 1; i <= launches; i++) {
                    Path dir = runDir.resolve(s.module() + "-" + i);
                    final Service svc = s;
                    results.add(measure(s.module(), "devstack (ServiceProcess)", () -> launched(
                            ServiceProcess.start(svc, root, port, stack.environmentFor(svc), dir)),
                            url, paths, BenchStack.token(stack, user), settle, loadSeconds, work));
                    for (var v : all.entrySet()) {
                        Path log = runDir.resolve(s.module() + "-" + i + "-" + v.getKey().replaceAll("\\W+", "_")
                                + ".log");
                        results.add(measure(s.module(), v.getKey(), () -> launchService(svc, root, port, stack,
                                v.getValue(), log), url, paths, BenchStack.token(stack, user), settle, loadSeconds,
                                work));
                    }
                }
                // leave it running as devstack would, for the next service's measurements
                ServiceProcess back = ServiceProcess.start(s, root, port, stack.environmentFor(s),
                        runDir.resolve(s.module() + "-back"));
                running.add(launched(back));
                back.awaitReady(Duration.ofSeconds(120));
            }
            print(results, launches, loadSeconds, settle, work);
        } finally {
            for (Launched l : running) {
                l.stop();
            }
        }
    }

    @FunctionalInterface
    interface Starter {
        Launched start() throws Exception;
    }

    /** One launch: ready, settle, idle RSS, then (loadSeconds > 0) one client for loadSeconds; stopped after. */
    private static Launch measure(String who, String variant, Starter starter, String url, List<String> paths,
                                  String token, int settle, int loadSeconds, Path work) throws Exception {
        long t0 = System.nanoTime();
        Launched p = starter.start();
        try {
            awaitReady(url, p, 120);
            double ready = (System.nanoTime() - t0) / 1e9;
            double cpu = CpuTime.ofProcess(p.pid()) / (double) CpuTime.TICKS_PER_SECOND;
            Map<String, Double> byThread = cpuByThread(p.pid());
            double startedIn = startedIn(p.log());
            Thread.sleep(settle * 1000L);
            double idle = status(p.pid(), "VmRSS");
            double hwm = status(p.pid(), "VmHWM");
            double loadMax = Double.NaN;
            double rps = Double.NaN;
            long non2xx = 0;
            if (loadSeconds > 0) {
                AtomicLong maxKb = new AtomicLong();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        maxKb.accumulateAndGet((long) (status(p.pid(), "VmRSS") * 1024), Math::max);
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "rss-sampler");
                sampler.start();
                BenchStack.WrkResult w = BenchStack.wrk(who + " load1", url, paths, token, 1, 1, loadSeconds, work);
                sampler.interrupt();
                sampler.join();
                maxKb.accumulateAndGet((long) (status(p.pid(), "VmRSS") * 1024), Math::max);
                loadMax = maxKb.get() / 1024.0;
                rps = w.requestsPerSecond();
                non2xx = w.non2xx() + w.socketErrors();
            }
            Launch l = new Launch(who, variant, ready, startedIn, cpu, hwm, idle, loadMax, rps, non2xx, byThread);
            log("%s [%s]: ready %.2f s (Quarkus: started in %.2f s, %.1f s CPU), RSS peak %.0f MB, idle %.0f MB, "
                            + "load-1 max %.0f MB at %.0f req/s%s; CPU to ready by thread %s", who, variant, ready,
                    startedIn, cpu, hwm, idle, loadMax, rps, non2xx > 0 ? " (" + non2xx + " non-2xx/errors!)" : "",
                    byThread);
            return l;
        } finally {
            p.stop();
        }
    }

    private static void awaitReady(String url, Launched p, int timeoutS) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (get(url + "/q/health/ready") != 200) {
            if (System.nanoTime() > deadline || !ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive)
                    .orElse(false)) {
                throw new IllegalStateException(url + " not ready; see " + p.log());
            }
            Thread.sleep(25);
        }
    }

    private static int get(String url) {
        try {
            return POLL.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The service with devstack's flags plus extra ones, environment as devstack gives it. */
    private static Launched launchService(Service s, Path root, int port, DevStack stack, List<String> extra,
                                          Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin()));
        cmd.addAll(DEVSTACK_FLAGS);
        // Quarkus's archive only maps when the JVM is started as it was built: from target/quarkus-app with
        // "-jar quarkus-run.jar" (the archive records the class path as given; otherwise the JVM says, with
        // -Xlog:cds, "Required classpath entry does not exist: quarkus-run.jar" and silently runs without it)
        boolean appCds = extra.contains(APPCDS_FLAG);
        // {app=DIR}: launch the build copied to <module>/DIR instead of target/quarkus-app (two builds side by side)
        String appDir = extra.stream().filter(f -> f.startsWith(APP_DIR) && f.endsWith("}"))
                .map(f -> f.substring(APP_DIR.length(), f.length() - 1)).findFirst().orElse("target/quarkus-app");
        Path app = root.resolve(s.module()).resolve(appDir);
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app.resolve("quarkus-run.jar") + " is missing");
        }
        extra.stream().filter(f -> !f.startsWith(APP_DIR)).forEach(flag -> cmd.add(flag.equals(APPCDS_FLAG)
                ? "-XX:SharedArchiveFile=app-cds.jsa" : flag.replace("{service}", s.module())));
        cmd.addAll(List.of("-jar", appCds ? "quarkus-run.jar" : app.resolve("quarkus-run.jar").toString()));
        Map<String, String> env = new LinkedHashMap<>(stack.environmentFor(s));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return launch(cmd, appCds ? app : root.resolve(s.module()), env, log);
    }

    /** A service as devstack launches it. */
    private static Launched launched(ServiceProcess p) {
        return new Launched() {
            public long pid() {
                return p.process().pid();
            }

            public Path log() {
                return p.process().log();
            }

            public void stop() {
                p.close();
            }
        };
    }

    private static Launched launch(List<String> cmd, Path dir, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        return new Launched() {
            public long pid() {
                return p.pid();
            }

            public Path log() {
                return log;
            }

            public void stop() {
                p.destroy();
                try {
                    if (!p.waitFor(20, TimeUnit.SECONDS)) {
                        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    p.destroyForcibly();
                }
            }
        };
    }

    private static List<String> setUp(DevStack stack) throws Exception {
        String registry = stack.service(Service.REGISTRY).url();
        String enforcement = stack.service(Service.ENFORCEMENT).url();
        String fj = BenchStack.token(stack, "regulator.fj");
        String uscc = RevocationBench.uscc("3501");
        LocalDate today = LocalDate.now();
        String body = JSON.writeValueAsString(Map.of("uscc", uscc, "name", "Footprint Call Centre",
                "province", "FJ", "legalRepresentative", Map.of("name", "Bench Person", "idNumber",
                        "35010219800101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)) + "X"),
                "licence", Map.of("number", "B2-" + uscc.substring(10, 17), "validFrom",
                        today.minusYears(1).toString(), "validUntil", today.plusYears(4).toString()),
                "controllingShareholders", List.of("Bench Person")));
        require(BenchStack.postJson(registry + "/api/licensees", fj, body), 201);
        List<String> numbers = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String code = "950" + String.format("%03d", i * 7);
            require(BenchStack.postJson(registry + "/api/segments", fj, JSON.writeValueAsString(Map.of("code", code,
                    "licenseeUscc", uscc, "carriers", List.of("CT", "CM")))), 201);
            codes.add(code);
            for (int k = 0; k < 25; k++) {
                numbers.add(code + String.format("%02d", ThreadLocalRandom.current().nextInt(100)));
            }
        }
        // cases once enforcement has learned the segments (a case on an unknown segment is the ministry's)
        for (String code : codes) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                HttpResponse<String> r = BenchStack.postJson(enforcement + "/api/cases", fj, JSON.writeValueAsString(
                        Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "footprint benchmark")));
                if (r.statusCode() == 201 && r.body().contains("\"province\":\"FJ\"")) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("case on " + code + ": " + r.statusCode() + " " + r.body());
                }
                Thread.sleep(500);
            }
        }
        log("set up: 40 segments, 1,000 numbers, 40 cases");
        return numbers;
    }

    private static void require(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static double startedIn(Path log) throws InterruptedException {
        Pattern p = Pattern.compile("started in ([0-9.]+)s");
        for (int i = 0; i < 40; i++) {
            try {
                Matcher m = p.matcher(Files.readString(log));
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(50);
        }
        return Double.NaN;
    }

    /** A field of /proc/pid/status in MB (kB in the file). */
    static double status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static double median(double[] v) {
        double[] s = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double med(List<Launch> ls, java.util.function.ToDoubleFunction<Launch> f) {
        return median(ls.stream().mapToDouble(f).toArray());
    }

    private static String range(List<Launch> ls, java.util.function.ToDoubleFunction<Launch> f, String fmt) {
        double[] v = ls.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return "—";
        }
        return String.format(fmt + " (" + fmt + "–" + fmt + ")", median(v), v[0], v[v.length - 1]);
    }

    private static void print(List<Launch> results, int launches, int loadSeconds, int settle, Path work)
            throws IOException {
        Map<String, List<Launch>> groups = new LinkedHashMap<>();
        for (Launch l : results) {
            groups.computeIfAbsent(l.who() + " | " + l.variant(), k -> new ArrayList<>()).add(l);
        }
        List<Launch> tiny = groups.values().iterator().next();
        double tinyReady = med(tiny, Launch::readyS);
        double tinyIdle = med(tiny, Launch::idleMb);
        double tinyLoad = med(tiny, Launch::loadMaxMb);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nFootprint (issue 7 item 5), %s; median (min–max) of %d launches each; idle = "
                + "%d s after ready; load 1 = wrk -t1 -c1 for %d s, max VmRSS sampled every 100 ms; load average "
                + "%s at the start, %s at the end%n", BenchStack.machine(), launches, settle, loadSeconds,
                LOAD_AT_START, BenchStack.loadAverage()));
        out.append(String.format("%-28s | %-26s | %-20s | %-8s | %-7s | %-8s | %-20s | %-20s | %-8s | %s%n",
                "process", "launch", "ready s", "started", "CPU s", "peak MB", "RSS idle MB",
                "RSS load-1 MB", "req/s", "targets (ready<5 s, RSS<350 MB)"));
        out.append("-".repeat(190)).append('\n');
        for (List<Launch> g : groups.values()) {
            Launch f = g.get(0);
            boolean yard = g == tiny;
            double ready = med(g, Launch::readyS);
            double idle = med(g, Launch::idleMb);
            double load = med(g, Launch::loadMaxMb);
            double maxRss = g.stream().mapToDouble(l -> Double.isNaN(l.loadMaxMb()) ? l.idleMb()
                    : Math.max(l.idleMb(), l.loadMaxMb())).max().orElse(Double.NaN);
            String verdict = yard ? "" : (ready < READY_TARGET_S ? "ready met" : "READY MISSED") + ", "
                    + (maxRss < RSS_TARGET_MB ? "RSS met" : "RSS MISSED");
            out.append(String.format("%-28s | %-26s | %-20s | %-8s | %-7s | %-8s | %-20s | %-20s | %-8s | %s%n",
                    f.who(), f.variant(), range(g, Launch::readyS, "%.2f"), fmt(med(g, Launch::startedInS), "%.2f"),
                    fmt(med(g, Launch::cpuToReadyS), "%.1f"), fmt(med(g, Launch::hwmMb), "%.0f"),
                    range(g, Launch::idleMb, "%.0f"), range(g, Launch::loadMaxMb, "%.0f"),
                    fmt(med(g, Launch::loadRps), "%.0f"), verdict));
            if (!yard) {
                out.append(String.format("%-28s | %-26s | %-20s | %-8s | %-7s | %-8s | %-20s | %-20s | %-8s |%n",
                        "", "  ratio to the yardstick", fmt(ready / tinyReady, "× %.1f"), "", "", "",
                        fmt(idle / tinyIdle, "× %.1f"), fmt(load / tinyLoad, "× %.1f"), ""));
            }
        }
        out.append(String.format("%nWhere the CPU to ready goes (median CPU seconds by thread, from "
                + "/proc/<pid>/task at ready; \"main\" is the JVM's main thread, which runs Quarkus's start-up):%n"));
        out.append(String.format("%-28s | %-26s | %8s | %8s | %12s | %14s | %8s%n", "process", "launch", "total",
                "main", "JIT compiler", "GC + VM thread", "other"));
        out.append("-".repeat(128)).append('\n');
        for (List<Launch> g : groups.values()) {
            Launch f = g.get(0);
            out.append(String.format("%-28s | %-26s | %8.1f | %8.1f | %12.1f | %14.1f | %8.1f%n", f.who(),
                    f.variant(), med(g, Launch::cpuToReadyS), med(g, l -> l.cpuByThread().get("main")),
                    med(g, l -> l.cpuByThread().get("JIT compiler")), med(g, l -> l.cpuByThread().get(
                            "GC + VM thread")), med(g, l -> l.cpuByThread().get("other"))));
        }
        System.out.print(out);
        Files.writeString(work.resolve("result.txt"), out.toString());
    }

    private static String fmt(double v, String f) {
        return Double.isNaN(v) ? "—" : String.format(f, v);
    }
}

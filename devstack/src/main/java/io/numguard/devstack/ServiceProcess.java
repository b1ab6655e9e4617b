package io.numguard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A numguard service started from its Maven-built jar ({@code target/quarkus-app/quarkus-run.jar}). */
public final class ServiceProcess implements AutoCloseable {
    private final Service service;
    private final int replica;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(Service service, int replica, int port, ChildProcess process) {
        this.service = service;
        this.replica = replica;
        this.port = port;
        this.process = process;
    }

    /** Starts replica 0 of a service (a single-replica stack's only one). */
    public static ServiceProcess start(Service service, Path root, int port, Map<String, String> env, Path runDir) {
        return start(service, 0, root, port, env, runDir);
    }

    /**
     * Starts replica {@code replica} of a service. Its log is {@code runDir/<module>.log} for replica 0 and
     * {@code runDir/<module>-<k>.log} for replica k, so replicas never share a file.
     */
    public static ServiceProcess start(Service service, int replica, Path root, int port, Map<String, String> env,
                                       Path runDir) {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw package -DskipTests)");
        }
        String name = nameOf(service, replica);
        Ports.requireFree(name, port, Settings.envName(service.portSetting()));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        all.put("QUARKUS_HTTP_HOST", Ports.HOST);
        List<String> command = new java.util.ArrayList<>(List.of(KafkaBroker.javaBin(), "-Xms32m", "-Xmx320m",
                "-XX:+UseSerialGC"));
        // Start-up is CPU-bound and about half of it is the JIT: the C1 compiler alone halves it (ready in 3-5 s
        // instead of 5-7 s on 2 cores, bench/footprint.sh) at some cost in steady-state speed, the right trade for a
        // development stack and the system tests. NUMGUARD_SERVICE_JVM_FLAGS overrides: the throughput and latency
        // benchmarks set -XX:+TieredCompilation (C2 as in production images).
        command.addAll(List.of(Settings.get("numguard.service.jvm-flags").orElse("-XX:TieredStopAtLevel=1")
                .split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess p = ChildProcess.start(name, command, root.resolve(service.module()), all,
                runDir.resolve(name + ".log"));
        return new ServiceProcess(service, replica, port, p);
    }

    private static String nameOf(Service service, int replica) {
        return replica == 0 ? service.module() : service.module() + "-" + replica;
    }

    public void awaitReady(Duration timeout) {
        Readiness.await(name(), timeout, process, () -> Readiness.httpOk(url() + "/q/health/ready"));
    }

    public Service service() {
        return service;
    }

    /** Which replica of its service this is (0 for the first). */
    public int replica() {
        return replica;
    }

    /** The module name, with {@code -k} for replica k >= 1: as in its log file's name and devstack's messages. */
    public String name() {
        return nameOf(service, replica);
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}

package io.numguard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A numguard service started from its Maven-built jar ({@code target/quarkus-app/quarkus-run.jar}). */
public final class ServiceProcess implements AutoCloseable {
    private final Service service;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(Service service, int port, ChildProcess process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    public static ServiceProcess start(Service service, Path root, int port, Map<String, String> env, Path runDir) {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw package -DskipTests)");
        }
        Ports.requireFree(service.module(), port, Settings.envName(service.portSetting()));
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
        ChildProcess p = ChildProcess.start(service.module(), command, root.resolve(service.module()), all,
                runDir.resolve(service.module() + ".log"));
        return new ServiceProcess(service, port, p);
    }

    public void awaitReady(Duration timeout) {
        Readiness.await(service.module(), timeout, process, () -> Readiness.httpOk(url() + "/q/health/ready"));
    }

    public Service service() {
        return service;
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

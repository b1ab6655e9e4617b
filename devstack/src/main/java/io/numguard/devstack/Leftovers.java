package io.numguard.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Processes a previous run left behind when its launcher was killed outright (SIGKILL gives no chance to stop
 * children): each start records its children's pids in the run directory, and the next start stops whatever of
 * them still runs before it binds any port. A pid is only touched if its command line still looks like ours.
 */
public final class Leftovers {
    private static final String FILE = "children.pids";
    private static final List<String> OURS = List.of("kafka.Kafka", "keycloak", "quarkus-run.jar", "postgres");

    private Leftovers() {
    }

    static void record(Path runDir, long pid) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve(FILE), pid + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("devstack: cannot record pid " + pid + ": " + e.getMessage());
        }
    }

    /** Stops what earlier runs left in this run directory (its pid files may sit one level down). */
    public static void reap(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        Path postmaster = runDir.resolve("pgdata/postmaster.pid");
        try (var files = Files.find(runDir, 2, (p, a) -> p.getFileName().toString().equals(FILE))) {
            if (Files.exists(postmaster)) {
                Files.readAllLines(postmaster).stream().findFirst().ifPresent(l -> stop(Long.parseLong(l.trim())));
            }
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        stop(Long.parseLong(line.trim()));
                    }
                }
                Files.delete(file);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("devstack: cannot read leftovers in " + runDir + ": " + e.getMessage());
        }
    }

    private static void stop(long pid) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return;
        }
        String command = h.get().info().commandLine().orElse("");
        if (OURS.stream().noneMatch(command::contains)) {
            return; // the pid was reused by something else
        }
        DevStack.log("stopping pid " + pid + " left over from an earlier run");
        h.get().descendants().forEach(ProcessHandle::destroy);
        h.get().destroy();
        try {
            h.get().onExit().get(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            h.get().descendants().forEach(ProcessHandle::destroyForcibly);
            h.get().destroyForcibly();
        }
    }
}

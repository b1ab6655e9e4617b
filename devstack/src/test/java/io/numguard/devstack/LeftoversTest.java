package io.numguard.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A launcher killed outright leaves its children; the next start in the same run directory stops them. */
class LeftoversTest {
    @TempDir
    Path runDir;

    @Test
    void stopsChildrenOfAnEarlierRunButNothingElse() throws Exception {
        // looks like one of ours (an executable named postgres), recorded by ChildProcess.start as every child is
        Path fakePostgres = runDir.resolve("postgres");
        Files.copy(Path.of("/bin/sleep"), fakePostgres);
        fakePostgres.toFile().setExecutable(true);
        ChildProcess ours = ChildProcess.start("fake server", List.of(fakePostgres.toString(), "300"),
                runDir, Map.of(), runDir.resolve("fake.log"));
        // a pid that was reused by an unrelated process must survive
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        Leftovers.record(runDir, unrelated.pid());
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(ours.pid())
                    .flatMap(h -> h.info().commandLine()).orElse("").contains("postgres"));

            Leftovers.reap(runDir);

            await().atMost(Duration.ofSeconds(20)).until(() -> !ours.isAlive());
            assertThat(unrelated.isAlive()).isTrue();
            assertThat(runDir.resolve("children.pids")).doesNotExist();
        } finally {
            unrelated.destroyForcibly();
            ours.stop(Duration.ofSeconds(1));
        }
    }
}

package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java renderer gives exactly what a real `kubectl kustomize` (Kustomize v5.5) gives, object by object. Never
 * skipped: without that kubectl the test fails. {@code deploy-check/tools/fetch-kubectl.sh} (run by .ci/run) installs
 * the pinned one; it is looked for at $NUMGUARD_KUBECTL, then where that script puts it, then on PATH.
 */
class KubectlCrossCheckTest {

    static final String KUSTOMIZE_VERSION = "v5.5.";

    private static String kubectl() {
        List<Path> candidates = new java.util.ArrayList<>();
        String explicit = System.getenv("NUMGUARD_KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            candidates.add(Path.of(explicit));
        }
        String cache = System.getenv("NUMGUARD_CACHE");
        Path cacheDir = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "numguard");
        candidates.add(cacheDir.resolve("tools").resolve("kubectl-1.32.3").resolve("kubectl"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "kubectl"));
            }
        }
        for (Path c : candidates) {
            if (Files.isExecutable(c)) {
                return c.toString();
            }
        }
        throw new AssertionError("no kubectl: looked at " + candidates.subList(0, Math.min(2, candidates.size()))
                + " and PATH; run deploy-check/tools/fetch-kubectl.sh (installs the pinned v1.32.3 / Kustomize v5.5.0)");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + err).isZero();
        return out;
    }

    @org.junit.jupiter.api.Test
    void kubectlIsThereWithKustomizeFiveFive() throws IOException, InterruptedException {
        String version = run(kubectl(), "version", "--client");
        assertThat(version).as("kubectl version --client").contains("Kustomize Version: " + KUSTOMIZE_VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void sameObjectsAsKubectlKustomize(String overlay) throws IOException, InterruptedException {
        String out = run(kubectl(), "kustomize", Fixtures.K8S.resolve("overlays").resolve(overlay).toString());
        Map<String, ObjectNode> expected = byId(Yaml.readAll(out, "kubectl kustomize"));
        Map<String, ObjectNode> actual = byId(Fixtures.render(overlay));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, o) -> assertThat(actual.get(id)).as(id).isEqualTo(o));
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> m = new TreeMap<>();
        objects.forEach(o -> m.put(Resources.apiVersion(o) + " " + Resources.id(o), o));
        return m;
    }
}

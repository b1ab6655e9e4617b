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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where kubectl is installed (not in CI), the Java renderer gives exactly what `kubectl kustomize` gives. */
class KubectlCrossCheckTest {

    private static boolean kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void sameObjectsAsKubectlKustomize(String overlay) throws IOException, InterruptedException {
        assumeTrue(kubectl(), "kubectl is not on PATH");
        Process p = new ProcessBuilder("kubectl", "kustomize", Fixtures.K8S.resolve("overlays").resolve(overlay)
                .toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
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

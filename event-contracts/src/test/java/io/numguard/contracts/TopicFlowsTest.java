package io.numguard.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link Topics#FLOWS} is the bus table of ARCHITECTURE.md in code (deploy-check holds every client's ACLs to it);
 * this keeps the two equal. ARCHITECTURE.md lives in the steering repository's shared/ folder beside this one.
 */
class TopicFlowsTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\| `(numguard\\.[a-z.]+\\.v1)`[^|]*\\|[^|]*\\|[^|]*\\| (\\w+) → ([\\w, ]+) \\|", Pattern.MULTILINE);

    @Test
    void everyTopicHasAFlow() {
        assertThat(Topics.FLOWS.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void theFlowsAreTheBusTableOfArchitectureMd() throws IOException {
        Optional<Path> doc = architectureMd();
        assumeTrue(doc.isPresent(), "ARCHITECTURE.md not found beside the repository (../shared/), set NUMGUARD_ARCHITECTURE_MD");
        Map<String, Topics.Flow> table = new HashMap<>();
        Matcher m = ROW.matcher(Files.readString(doc.get()));
        while (m.find()) {
            table.put(m.group(1), new Topics.Flow(m.group(2),
                    Arrays.stream(m.group(3).split(",")).map(String::trim).toList()));
        }
        assertThat(table).as("the bus table of " + doc.get()).isEqualTo(Topics.FLOWS);
    }

    static Optional<Path> architectureMd() {
        String configured = System.getenv("NUMGUARD_ARCHITECTURE_MD");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path p = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && p != null; up++, p = p.getParent()) {
            for (Path candidate : List.of(p.resolve("shared/ARCHITECTURE.md"), p.resolve("../shared/ARCHITECTURE.md"))) {
                if (Files.exists(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }
}

package io.numguard.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a JFR recording's CPU samples are: top-of-stack methods and the packages on the stacks (inclusive). */
public final class JfrTop {
    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 15);
    }

    static void print(Path file, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                RecordedFrame f = frames.get(0);
                self.merge(f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                String[] parts = type.split("\\.");
                String pkg = String.join(".", java.util.Arrays.copyOf(parts, Math.min(parts.length - 1, 4)));
                if (seen.add(pkg)) {
                    inclusive.merge(pkg, 1, Integer::sum);
                }
            }
        }
        System.out.printf("JFR %s: %d execution samples%n  self (top of stack):%n", file.getFileName(), samples);
        final int n = Math.max(samples, 1);
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(en -> System.out.printf("    %5.1f %%  %s%n", 100.0 * en.getValue() / n, en.getKey()));
        System.out.println("  inclusive by package (share of samples with the package anywhere on the stack):");
        inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(en -> System.out.printf("    %5.1f %%  %s%n", 100.0 * en.getValue() / n, en.getKey()));
    }
}

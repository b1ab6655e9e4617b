package io.numguard.bench;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.lookup.NumberIndex;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Carrier;
import io.numguard.contracts.events.SegmentStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * "Who holds this number": the registry's longest-prefix index with 100,000 segment rows loaded (10,000 live
 * 6-digit codes, each with nine earlier, released allocations — only 11,000 distinct 95 codes exist, so 100,000
 * rows means history), one thread. Side by side: a HashMap lookup of the exact number among 100,000 keys, the
 * cheapest thing a lookup could be, as the limit to compare with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class NumberLookupBench {
    static final int ROWS = 100_000;
    static final int QUERIES = 1 << 16;

    NumberIndex index;
    Map<String, String> exactMatch;
    List<IndexedSegment> rows;
    String[] numbers;
    int next;

    @Setup(Level.Trial)
    public void load() {
        rows = rows();
        index = new NumberIndex();
        index.rebuild(rows, List.of());
        Random random = new Random(42);
        numbers = new String[QUERIES];
        exactMatch = new HashMap<>();
        for (int i = 0; i < QUERIES; i++) {
            numbers[i] = String.format("95%06d", random.nextInt(1_000_000));
        }
        for (int i = 0; i < ROWS; i++) {
            exactMatch.put(String.format("95%06d", random.nextInt(1_000_000)), "x");
        }
        for (String n : numbers) {
            if (!index.lookup(n).isHeld()) {
                throw new IllegalStateException(n + " should be held by its 6-digit segment");
            }
        }
    }

    static List<IndexedSegment> rows() {
        Uscc licensee = new Uscc("91350100M00010006A");
        Province fj = Province.of("FJ");
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        List<IndexedSegment> rows = new ArrayList<>(ROWS);
        for (int code = 0; code < 10_000; code++) {
            SegmentCode c = SegmentCode.of(String.format("95%04d", code));
            for (int generation = 0; generation < 10; generation++) {
                boolean live = generation == 9;
                rows.add(new IndexedSegment(c, licensee, fj, live ? SegmentStatus.ALLOCATED : SegmentStatus.RELEASED,
                        null, Set.of(Carrier.CT), false, true, start.plusSeconds(generation * 86_400L * 400),
                        LocalDate.of(2031, 1, 1)));
            }
        }
        return rows;
    }

    @Benchmark
    public Object longestPrefixLookup() {
        return index.lookup(numbers[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public Object hashMapExactLookup() {
        return exactMatch.get(numbers[next++ & (QUERIES - 1)]);
    }
}

package io.numguard.bench;

import io.numguard.complaint.reputation.CallDirection;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.ScreeningVerdict;
import io.numguard.complaint.reputation.Verdict;
import io.numguard.complaint.reputation.VerdictPolicy;
import io.numguard.complaint.reputation.VerdictService;
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

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The call-time screening verdict of complaint-service ({@link ReputationIndex} + {@link VerdictService}) with
 * 1,000,000 numbers and every one of the 11,000 segment codes loaded ({@link ReputationDataset}), one thread, random
 * numbers (no two consecutive queries near each other, so the hash probes miss the caches as they would in
 * production). Target of issue 4: at least 5 M verdicts/s on one thread.
 *
 * <ul>
 *   <li>{@code verdictBits}: the allocation-free core from a number's int key (three hash probes);</li>
 *   <li>{@code verdictFromString}: what the REST resource calls: the number as typed, parsed, a
 *       {@link ScreeningVerdict} allocated;</li>
 *   <li>{@code hashMapExactGet} (side by side): a {@code HashMap<String,Integer>} get of the exact number among the
 *       same 1,000,000 numbers, the cheapest thing a per-number lookup could be in plain Java.</li>
 * </ul>
 * Compare with {@link NumberLookupBench} (the registry's "who holds this number") in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class VerdictBench {
    static final int QUERIES = 1 << 16;

    VerdictService verdicts;
    Map<String, Integer> exactMatch;
    String[] numbers;
    int[] keys;
    int next;

    @Setup(Level.Trial)
    public void load() {
        ReputationIndex index = ReputationDataset.load(new ReputationIndex());
        if (index.numberCount() != ReputationDataset.NUMBERS || index.segmentCount() != ReputationDataset.SEGMENTS) {
            throw new IllegalStateException("index holds " + index.numberCount() + " numbers and "
                    + index.segmentCount() + " segments");
        }
        verdicts = new VerdictService(index, VerdictPolicy.defaults());
        exactMatch = new HashMap<>();
        for (int key : ReputationDataset.numberKeys()) {
            exactMatch.put(Integer.toString(key), ReputationDataset.numberScore(key));
        }
        numbers = ReputationDataset.queries(QUERIES, 7);
        keys = new int[QUERIES];
        int blocked = 0;
        for (int i = 0; i < QUERIES; i++) {
            keys[i] = ReputationIndex.numberKey(numbers[i]);
            if (verdicts.verdict(numbers[i], CallDirection.OUTBOUND).verdict() == Verdict.BLOCK) {
                blocked++;
            }
        }
        if (blocked == 0 || blocked == QUERIES) {
            throw new IllegalStateException("implausible data: " + blocked + " of " + QUERIES + " blocked");
        }
    }

    @Benchmark
    public long verdictBits() {
        int i = next++ & (QUERIES - 1);
        return verdicts.verdictBits(keys[i], CallDirection.OUTBOUND);
    }

    @Benchmark
    public ScreeningVerdict verdictFromString() {
        int i = next++ & (QUERIES - 1);
        return verdicts.verdict(numbers[i], CallDirection.OUTBOUND);
    }

    @Benchmark
    public Integer hashMapExactGet() {
        int i = next++ & (QUERIES - 1);
        return exactMatch.get(numbers[i]);
    }
}

package io.numguard.bench;

import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.lookup.NumberIndex;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilding the number index from 100,000 segment rows (as at start-up, from the database), side by side with
 * copying the same rows into a list: the floor of any rebuild that touches each row once. Target: under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class IndexRebuildBench {
    List<IndexedSegment> rows;

    @Setup(Level.Trial)
    public void load() {
        rows = NumberLookupBench.rows();
    }

    @Benchmark
    public Object rebuild100k() {
        NumberIndex index = new NumberIndex();
        index.rebuild(rows, List.of());
        return index;
    }

    @Benchmark
    public Object copyRows100k() {
        return new ArrayList<>(rows);
    }
}

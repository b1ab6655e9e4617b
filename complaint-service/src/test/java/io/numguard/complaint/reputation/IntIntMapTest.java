package io.numguard.complaint.reputation;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntIntMapTest {

    @Test
    void putGetUpdateRemove() {
        IntIntMap m = new IntIntMap(4);
        assertThat(m.get(95123456, -1)).isEqualTo(-1);
        m.put(95123456, 7);
        m.put(95123, 0);
        assertThat(m.get(95123456, -1)).isEqualTo(7);
        assertThat(m.get(95123, -1)).isZero();
        assertThat(m.update(95123456, -1, v -> v + 1)).isEqualTo(8);
        assertThat(m.update(95000000, -1, v -> v == -1 ? 1 : v)).isEqualTo(1);
        assertThat(m.size()).isEqualTo(3);

        assertThat(m.remove(95123456)).isTrue();
        assertThat(m.remove(95123456)).isFalse();
        assertThat(m.get(95123456, -1)).isEqualTo(-1);
        m.update(95123, -1, v -> -1); // returning "absent" removes
        assertThat(m.get(95123, -1)).isEqualTo(-1);
        assertThat(m.size()).isEqualTo(1);

        m.put(95123456, 3); // a removed key comes back
        assertThat(m.get(95123456, -1)).isEqualTo(3);
        assertThat(m.size()).isEqualTo(2);
    }

    @Test
    void growsAndAgreesWithAHashMap() {
        IntIntMap m = new IntIntMap(1);
        Map<Integer, Integer> expected = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            int key = 95_000_000 + random.nextInt(1_000_000);
            int op = random.nextInt(10);
            if (op < 7) {
                m.put(key, i);
                expected.put(key, i);
            } else {
                m.remove(key);
                expected.remove(key);
            }
        }
        assertThat(m.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(m.get(k, -1)).isEqualTo(v));
        Map<Integer, Integer> seen = new HashMap<>();
        m.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void rejectsTheReservedKeyAndValue() {
        IntIntMap m = new IntIntMap(1);
        assertThatThrownBy(() -> m.put(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.put(1, IntIntMap.REMOVED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readersNeverSeeATornOrLostEntryWhileTheWriterGrowsTheTable() throws Exception {
        IntIntMap m = new IntIntMap(1);
        int stable = 95_123_456;
        m.put(stable, 42);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                int v = m.get(stable, -1);
                if (v != 42) {
                    problem.set("stable key read as " + v);
                }
                int k = 95_000_001 + (int) (System.nanoTime() & 0xFFFF);
                int w = m.get(k, -1);
                if (w != -1 && w != k) {
                    problem.set("key " + k + " read as " + w);
                }
            }
        });
        reader.start();
        for (int k = 95_000_001; k < 95_000_001 + 100_000; k++) {
            m.put(k, k);
        }
        done.set(true);
        reader.join();
        assertThat(problem.get()).isNull();
        assertThat(m.size()).isEqualTo(100_001);
    }
}

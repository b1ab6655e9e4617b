package io.numguard.complaint.aggregate;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from every constant of an enum to a count, over one {@code long[]} indexed by ordinal: what
 * {@link WindowTotals} holds per category and per source. A re-assessment builds three windows of four such maps for
 * each of thousands of subjects; as {@code EnumMap}s (each looking the enum's constants up again) wrapped
 * unmodifiable, with boxed values, they were most of the re-assessment's own time.
 */
final class EnumCounts<K extends Enum<K>> extends AbstractMap<K, Long> {
    private final K[] keys;
    private final long[] values;

    private EnumCounts(K[] keys, long[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Takes ownership of {@code values} (one per constant of {@code keys}, by ordinal): callers pass fresh arrays. */
    static <K extends Enum<K>> EnumCounts<K> wrap(K[] keys, long[] values) {
        if (values.length != keys.length) {
            throw new IllegalArgumentException("one value per constant");
        }
        return new EnumCounts<>(keys, values);
    }

    /** Every constant present: its value in {@code in}, zero if missing or null. */
    static <K extends Enum<K>> EnumCounts<K> complete(Map<K, Long> in, K[] keys) {
        if (in instanceof EnumCounts<K> counts && counts.keys == keys) {
            return counts;
        }
        long[] values = new long[keys.length];
        if (in != null) {
            in.forEach((k, v) -> {
                if (k != null && v != null) {
                    values[k.ordinal()] = v;
                }
            });
        }
        return new EnumCounts<>(keys, values);
    }

    long value(K key) {
        return values[key.ordinal()];
    }

    @Override
    public Long get(Object key) {
        return containsKey(key) ? values[((Enum<?>) key).ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof Enum<?> e)) {
            return false;
        }
        int i = e.ordinal();
        return i < keys.length && keys[i] == key;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<K, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, Long>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<K, Long> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}

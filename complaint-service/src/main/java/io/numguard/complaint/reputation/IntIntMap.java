package io.numguard.complaint.reputation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.IntUnaryOperator;

/**
 * An int-to-int hash map for the call-time lookups: many lock-free readers, writers serialised on the map.
 *
 * <p>Open addressing with linear probing over one {@code long[]}; a slot packs {@code key << 32 | value}, so a
 * reader sees a whole entry or none (release/acquire on the slot), and 0 is an empty slot (keys must not be 0).
 * Keys never move and are never unlinked: a removed key keeps its slot with the {@link #REMOVED} value until the
 * next resize drops it. A resize builds a new table privately and publishes it through a volatile field; a reader
 * still on the old table sees the state just before. No boxing, no allocation on {@link #get}; the load stays at most 0.5, so a
 * million keys take 16 to 32 MB.
 */
final class IntIntMap {
    /** The value that marks a removed key; it cannot be stored. */
    static final int REMOVED = Integer.MIN_VALUE;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int MIN_CAPACITY = 16;

    private volatile long[] table;
    private int occupied; // slots with a key, removed ones included; written under the lock
    private int live;

    IntIntMap(int expectedKeys) {
        table = new long[powerOfTwoAtLeast(2L * Math.max(expectedKeys, 1))];
    }

    /** The value, or {@code absent} when the key is not there. Lock-free, allocation-free. */
    int get(int key, int absent) {
        long[] t = table;
        int mask = t.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long slot = (long) SLOT.getAcquire(t, i);
            if (slot == 0L) {
                return absent;
            }
            if ((int) (slot >>> 32) == key) {
                int v = (int) slot;
                return v == REMOVED ? absent : v;
            }
            i = (i + 1) & mask;
        }
    }

    synchronized void put(int key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if (value == REMOVED) {
            throw new IllegalArgumentException("value " + REMOVED + " is reserved");
        }
        write(key, value);
    }

    /**
     * Atomically replaces the value with {@code f(current)} ({@code f(absent)} when missing); a result equal to
     * {@code absent} removes the key. Returns the new value.
     */
    synchronized int update(int key, int absent, IntUnaryOperator f) {
        int next = f.applyAsInt(get(key, absent));
        if (next == absent) {
            remove(key);
        } else {
            put(key, next);
        }
        return next;
    }

    synchronized boolean remove(int key) {
        long[] t = table;
        int mask = t.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long slot = t[i];
            if (slot == 0L) {
                return false;
            }
            if ((int) (slot >>> 32) == key) {
                if ((int) slot == REMOVED) {
                    return false;
                }
                SLOT.setRelease(t, i, pack(key, REMOVED));
                live--;
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Keys present. */
    synchronized int size() {
        return live;
    }

    /** Calls {@code consumer} for every entry of a consistent snapshot (holds the lock). */
    synchronized void forEach(IntIntConsumer consumer) {
        for (long slot : table) {
            if (slot != 0L && (int) slot != REMOVED) {
                consumer.accept((int) (slot >>> 32), (int) slot);
            }
        }
    }

    @FunctionalInterface
    interface IntIntConsumer {
        void accept(int key, int value);
    }

    private void write(int key, int value) {
        long[] t = table;
        int mask = t.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long slot = t[i];
            if (slot == 0L) {
                if ((occupied + 1) * 2L > t.length) {
                    resize();
                    write(key, value);
                    return;
                }
                SLOT.setRelease(t, i, pack(key, value));
                occupied++;
                live++;
                return;
            }
            if ((int) (slot >>> 32) == key) {
                if ((int) slot == REMOVED) {
                    live++;
                }
                SLOT.setRelease(t, i, pack(key, value));
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void resize() {
        long[] old = table;
        long[] t = new long[powerOfTwoAtLeast(4L * (live + 1))]; // load 0.25 after a resize: room to grow
        int mask = t.length - 1;
        int count = 0;
        for (long slot : old) {
            if (slot != 0L && (int) slot != REMOVED) {
                int i = mix((int) (slot >>> 32)) & mask;
                while (t[i] != 0L) {
                    i = (i + 1) & mask;
                }
                t[i] = slot;
                count++;
            }
        }
        occupied = count;
        live = count;
        table = t; // volatile write publishes the filled array
    }

    private static int powerOfTwoAtLeast(long slots) {
        long wanted = Math.max(MIN_CAPACITY, slots);
        if (wanted > (1 << 30)) {
            throw new IllegalStateException("too many keys for one table: " + slots / 2);
        }
        return Integer.highestOneBit((int) wanted - 1) << 1;
    }

    private static long pack(int key, int value) {
        return ((long) key << 32) | (value & 0xFFFF_FFFFL);
    }

    private static int mix(int key) {
        int h = key * 0x9E37_79B9;
        return h ^ (h >>> 16);
    }
}

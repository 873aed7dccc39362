package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
/**
 * The per-event lookup index of larger events: open addressing from a field's hash to its table
 * position + 1, in a byte array (48 bytes for a 12-field event). Small events are scanned instead,
 * which is as fast below a handful of fields and allocates nothing.
 */
final class FieldIndex {
    static final int THRESHOLD = 6;

    private FieldIndex() {
    }

    /** @return the index, or null when the table is small (or too large for byte positions) */
    static byte @Nullable [] build(Field[] keys, int size) {
        return build(keys, size, size);
    }

    /**
     * @param planned the size the table is expected to reach (a builder's hint), so the index is not rebuilt
     *     larger as it fills
     * @return the index, or null when the table is small (or too large for byte positions)
     */
    static byte @Nullable [] build(Field[] keys, int size, int planned) {
        if (size <= THRESHOLD || size > Byte.MAX_VALUE) {
            return null;
        }
        int capacity = Integer.highestOneBit(Math.min(Math.max(size, planned), Byte.MAX_VALUE) * 2 - 1) << 1;
        int mask = capacity - 1;
        byte[] idx = new byte[capacity];
        for (int i = 0; i < size; i++) {
            int slot = spread(keys[i].hashCode()) & mask;
            while (idx[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            idx[slot] = (byte) (i + 1);
        }
        return idx;
    }

    /**
     * Adds the table's last field to its index (a builder's, kept as fields are added).
     *
     * @param idx the index of the first {@code size - 1} fields
     * @param keys the table
     * @param size the table's size, its last field the new one
     * @return the index with it: the same array, or a larger one rebuilt (or null past byte positions)
     */
    static byte @Nullable [] add(byte[] idx, Field[] keys, int size) {
        if (size * 2 > idx.length || size > Byte.MAX_VALUE) {
            return build(keys, size);
        }
        int mask = idx.length - 1;
        int slot = spread(keys[size - 1].hashCode()) & mask;
        while (idx[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        idx[slot] = (byte) size;
        return idx;
    }

    /** @return the table position of the field, or -1 */
    static int find(byte[] idx, Field[] keys, Field f) {
        int mask = idx.length - 1;
        int hash = f.hashCode();
        int slot = spread(hash) & mask;
        boolean dynamic = f.isDynamic();
        for (int pos = idx[slot]; pos != 0; slot = (slot + 1) & mask, pos = idx[slot]) {
            Field x = keys[pos - 1];
            // Dictionary fields are canonical instances, so identity decides; vendor fields compare by name.
            if (x == f || (dynamic && x.hashCode() == hash && x.name().equals(f.name()))) {
                return pos - 1;
            }
        }
        return -1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

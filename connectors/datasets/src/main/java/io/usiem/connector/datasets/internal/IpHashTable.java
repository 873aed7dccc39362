package io.usiem.connector.datasets.internal;

import java.util.List;

/**
 * An immutable open-addressing hash of 128-bit address keys (IPv4 mapped into IPv6 space). Lookups
 * touch two primitive arrays and allocate nothing.
 */
final class IpHashTable {
    private final int[] slots;
    private final int mask;
    private final long[] his;
    private final long[] los;
    private final Entry[] entries;
    private final boolean anyExpiry;

    /** @param entries entries whose keys are canonical IP addresses */
    IpHashTable(List<Entry> entries) {
        int n = entries.size();
        int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        this.slots = new int[cap];
        this.mask = cap - 1;
        this.his = new long[n];
        this.los = new long[n];
        this.entries = new Entry[n];
        boolean expiry = false;
        int count = 0;
        for (Entry e : entries) {
            io.usiem.api.event.IpAddress ip = io.usiem.api.event.IpAddress.parse(e.key());
            long hi = Keys.hi(ip);
            long lo = Keys.lo(ip);
            if (indexOf(hi, lo) >= 0) {
                continue;
            }
            his[count] = hi;
            los[count] = lo;
            this.entries[count] = e;
            expiry |= e.expiresAt() != Entry.NEVER;
            int h = Keys.hash(hi, lo) & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = ++count;
        }
        this.anyExpiry = expiry;
    }

    /** @return the entry's index, or -1 */
    int indexOf(long hi, long lo) {
        int h = Keys.hash(hi, lo) & mask;
        int s;
        while ((s = slots[h]) != 0) {
            int i = s - 1;
            if (los[i] == lo && his[i] == hi) {
                return i;
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    /** @return the live entry for the key, or null when absent or expired at {@code now} */
    Entry find(long hi, long lo, long now) {
        int i = indexOf(hi, lo);
        if (i < 0) {
            return null;
        }
        Entry e = entries[i];
        return anyExpiry && e.expired(now) ? null : e;
    }

    boolean anyExpiry() {
        return anyExpiry;
    }
}

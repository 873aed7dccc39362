package io.usiem.connector.storelucene.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Which partitions to drop: those whose period ended longer than {@code maxAgeNanos} ago, then the oldest
 * while all together take more than {@code maxBytes}. The newest partition is never dropped (it is being
 * written). 0 turns a limit off.
 *
 * @param maxAgeNanos partitions whose period ended longer ago than this are dropped; 0 keeps them
 * @param maxBytes the oldest partitions are dropped while all take more than this; 0 for no cap
 */
record Retention(long maxAgeNanos, long maxBytes) {

    /**
     * @param partitions oldest first
     * @param nowNanos the current time
     * @param periodNanos the length of a partition's period
     * @param size a partition's bytes on disk
     * @return the partitions to drop, oldest first
     */
    List<Partition> expired(List<Partition> partitions, long nowNanos, long periodNanos, ToLongFunction<Partition> size) {
        List<Partition> drop = new ArrayList<>();
        if (partitions.size() <= 1) {
            return drop;
        }
        List<Partition> candidates = partitions.subList(0, partitions.size() - 1);
        long total = 0;
        long[] sizes = new long[partitions.size()];
        for (int i = 0; i < partitions.size(); i++) {
            sizes[i] = maxBytes > 0 ? size.applyAsLong(partitions.get(i)) : 0;
            total += sizes[i];
        }
        for (int i = 0; i < candidates.size(); i++) {
            Partition p = candidates.get(i);
            boolean old = maxAgeNanos > 0 && nowNanos - (p.startNanos() + periodNanos) > maxAgeNanos;
            boolean tooBig = maxBytes > 0 && total > maxBytes;
            if (old || tooBig) {
                drop.add(p);
                total -= sizes[i];
            } else {
                break;
            }
        }
        return drop;
    }
}

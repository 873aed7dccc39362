package io.usiem.connector.filesink.internal;

import java.util.Arrays;

/**
 * An immutable set of event sequences, stored as one sorted array of distinct {@code long}s: 8 bytes per
 * sequence and no boxing, looked up by binary search. Events arriving after a replay carry sequences above
 * the largest one held, so most lookups end at the range check.
 */
final class SequenceSet {
    static final SequenceSet EMPTY = new SequenceSet(new long[0]);

    private final long[] sorted;

    private SequenceSet(long[] sorted) {
        this.sorted = sorted;
    }

    /** @return whether {@code sequence} is in the set; 0 (an event never ingested) never is */
    boolean contains(long sequence) {
        int n = sorted.length;
        if (n == 0 || sequence < sorted[0] || sequence > sorted[n - 1]) {
            return false;
        }
        return Arrays.binarySearch(sorted, sequence) >= 0;
    }

    /** @return the number of distinct sequences */
    int size() {
        return sorted.length;
    }

    /** Collects sequences in any order, with repeats; {@link #build()} sorts them once. */
    static final class Builder {
        private long[] values = new long[1024];
        private int count;

        /** @param sequence a sequence; values {@code <= 0} are ignored (0 means "not ingested") */
        void add(long sequence) {
            if (sequence <= 0) {
                return;
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = sequence;
        }

        /** @return the number of sequences added so far, repeats included */
        int count() {
            return count;
        }

        SequenceSet build() {
            if (count == 0) {
                return EMPTY;
            }
            long[] v = Arrays.copyOf(values, count);
            Arrays.sort(v);
            int distinct = 1;
            for (int i = 1; i < v.length; i++) {
                if (v[i] != v[distinct - 1]) {
                    v[distinct++] = v[i];
                }
            }
            return new SequenceSet(distinct == v.length ? v : Arrays.copyOf(v, distinct));
        }
    }
}
